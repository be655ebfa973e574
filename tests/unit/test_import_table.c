/*
 * Unit tests of a table's columns (src/import/table.c): itable_col answers
 * from the index itable_index keeps, the first column of a field, after
 * every change of the fields, in a header of thousands of columns too.
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "import/doc.h"

enum { WIDE = 16006 };

static void
test_table_col(void **state)
{
	struct table t = { 0 };
	int *field;
	size_t i;

	(void)state;
	field = calloc(WIDE, sizeof(*field));
	assert_non_null(field);
	for (i = 0; i < WIDE; i++)
		field[i] = -1;
	field[1] = ITA_COL_TITLE;
	field[3] = ITA_COL_TITLE;	/* a second title column: the first wins */
	field[WIDE - 1] = ITA_COL_RESPONSIBLE;
	t.field = field;
	t.ncols = WIDE;
	itable_index(&t);
	assert_int_equal(itable_col(&t, ITA_COL_TITLE), 1);
	assert_int_equal(itable_col(&t, ITA_COL_RESPONSIBLE), WIDE - 1);
	assert_int_equal(itable_col(&t, ITA_COL_NUMBER), -1);
	assert_int_equal(itable_col(&t, F_ACTIVITY), -1);
	/* not indexed: searched */
	assert_int_equal(itable_col(&t, -1), 0);
	/* a column marked a duplicate, as dupcols.c does, then indexed */
	field[1] = F_DUPLICATE;
	itable_index(&t);
	assert_int_equal(itable_col(&t, ITA_COL_TITLE), 3);
	assert_int_equal(itable_col(&t, F_DUPLICATE), 1);
	/* fewer columns: a field past them is gone */
	t.ncols = 3;
	itable_index(&t);
	assert_int_equal(itable_col(&t, ITA_COL_TITLE), -1);
	assert_int_equal(itable_col(&t, ITA_COL_RESPONSIBLE), -1);
	free(field);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_col),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
