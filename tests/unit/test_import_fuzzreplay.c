/*
 * Replays the ita-import fuzzer's corpus (tests/fuzz/corpus/import) under
 * the sanitizers of make check. Run from the top of the tree.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <dirent.h>
#include <cmocka.h>

#include "../tests/fuzz/fuzz_import.c"

#define CORPUS "tests/fuzz/corpus/import"

static void
test_replay(void **state)
{
	char path[512], *buf;
	struct dirent *e;
	size_t n, count = 0;
	FILE *fp;
	DIR *dir;

	(void)state;
	if ((dir = opendir(CORPUS)) == NULL)
		skip();
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", CORPUS, e->d_name);
		assert_non_null(fp = fopen(path, "rb"));
		assert_non_null(buf = malloc(1 << 20));
		n = fread(buf, 1, 1 << 20, fp);
		fclose(fp);
		assert_int_equal(LLVMFuzzerTestOneInput((uint8_t *)buf, n), 0);
		free(buf);
		count++;
	}
	closedir(dir);
	assert_true(count > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
