/*
 * Normalization throughput: ita_norm_cell against utf8proc NFC on every
 * field, on a large deterministic Thai corpus generated in memory
 * (fictional cell text: Thai words, Thai digits, some HTML debris).
 * Usage: bench_normalize [fields]
 * SPDX-License-Identifier: ISC (see the file LICENSE)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <utf8proc.h>

#include "buf.h"
#include "thnorm.h"

static const char *const words[] = {
	"การ", "ประเมิน", "คุณธรรม", "และ", "ความ", "โปร่งใส", "ใน", "ดำเนินงาน",
	"ของ", "หน่วยงาน", "ภาครัฐ", "เผยแพร่", "ข้อมูล", "ข่าวสาร", "ผ่าน",
	"เว็บไซต์", "ประชาสัมพันธ์", "จัดทำ", "รายงาน", "ผล", "แผน", "งบประมาณ",
	"ประจำปี", "มาตรการ", "ส่งเสริม", "ป้องกัน", "ทุจริต", "สำนักปลัด",
	"กองคลัง", "กองช่าง", "ผู้บริหาร", "เจ้าหน้าที่", "บุคลากร", "ประชาชน",
	"ติดตาม", "ตรวจสอบ", "ได้", "มี", "ให้", "ที่", "เพื่อ", "โดย", "อย่าง",
	"ต่อเนื่อง", "ครบถ้วน", "ร้อยละ", "ไตรมาส", "ตำบล", "อำเภอ", "จังหวัด",
	"คู่มือ", "บริการ", "น้ำ", "ถนน", "ประชุม", "ITA", "E-Service", "-",
};

static const char *const thai_digits[] = {
	"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"
};

static uint32_t
rnd(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static int
add_words(struct ita_buf *b, uint32_t *seed, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (i > 0 && rnd(seed) % 3 == 0 && ita_buf_addc(b, ' ') == -1)
			return -1;
		if (ita_buf_adds(b, words[rnd(seed) % (sizeof(words) /
		    sizeof(words[0]))]) == -1)
			return -1;
	}
	return 0;
}

/* One field; its kind follows what the report exports contain. */
static int
gen_field(struct ita_buf *b, uint32_t *seed)
{
	uint32_t k = rnd(seed) % 100;
	int i;

	if (k < 20) {			/* Thai digits: dates, item codes */
		if (ita_buf_adds(b, "ข้อ ") == -1)
			return -1;
		for (i = 0; i < 3; i++)
			if (ita_buf_adds(b, thai_digits[rnd(seed) % 10]) == -1)
				return -1;
		if (ita_buf_addc(b, ' ') == -1)
			return -1;
	} else if (k < 25) {		/* HTML debris */
		if (ita_buf_adds(b, "<p style=\"text-align: center;\">") == -1 ||
		    add_words(b, seed, 4) == -1 ||
		    ita_buf_adds(b, "</p> <p>") == -1)
			return -1;
	} else if (k < 27) {		/* zero-width space, NBSP */
		if (add_words(b, seed, 2) == -1 ||
		    ita_buf_adds(b, "\xe2\x80\x8b\xc2\xa0") == -1)
			return -1;
	}
	return add_words(b, seed, 1 + (int)(rnd(seed) % 24));
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct corpus {
	struct ita_buf	 text;
	size_t		*off;		/* field i is [off[i], off[i + 1]) */
	size_t		 n;
};

static double
run_norm(const struct corpus *c, struct ita_buf *out, size_t *fast)
{
	double t0 = now();
	size_t i;

	*fast = 0;
	for (i = 0; i < c->n; i++) {
		const char *s = c->text.p + c->off[i];
		size_t l = c->off[i + 1] - c->off[i];

		if (ita_norm_cell(s, l, out, NULL, NULL) == -1) {
			perror("ita_norm_cell");
			exit(1);
		}
	}
	for (i = 0; i < c->n; i++)
		*fast += ita_norm_is_canonical(c->text.p + c->off[i],
		    c->off[i + 1] - c->off[i]);
	return now() - t0 - 0;	/* the fast-path count is timed apart */
}

static double
run_nfc(const struct corpus *c)
{
	double t0 = now();
	utf8proc_uint8_t *m;
	size_t i;

	for (i = 0; i < c->n; i++) {
		if (utf8proc_map((const utf8proc_uint8_t *)c->text.p +
		    c->off[i], (utf8proc_ssize_t)(c->off[i + 1] - c->off[i]),
		    &m, UTF8PROC_STABLE | UTF8PROC_COMPOSE) < 0) {
			fprintf(stderr, "utf8proc_map failed\n");
			exit(1);
		}
		free(m);
	}
	return now() - t0;
}

static double
time_fast(const struct corpus *c)
{
	double t0 = now();
	volatile size_t k = 0;
	size_t i;

	for (i = 0; i < c->n; i++)
		k += (size_t)ita_norm_is_canonical(c->text.p + c->off[i],
		    c->off[i + 1] - c->off[i]);
	(void)k;
	return now() - t0;
}

static void
report(const char *name, const struct corpus *c)
{
	struct ita_buf out = ITA_BUF_INIT;
	double mb = (double)c->text.len / 1e6, tn, tf, tc;
	size_t fast;

	tn = run_norm(c, &out, &fast);
	tf = time_fast(c);
	tn -= tf;		/* run_norm also counted the fast path */
	tc = run_nfc(c);
	printf("%s: %zu fields, %.1f MB, %.1f%% already canonical\n", name,
	    c->n, mb, 100.0 * (double)fast / (double)c->n);
	printf("  ita_norm_cell        %8.1f MB/s\n", mb / tn);
	printf("  utf8proc NFC/field   %8.1f MB/s\n", mb / tc);
	printf("  speed-up             %8.2fx\n", tc / tn);
	ita_buf_free(&out);
}

int
main(int argc, char **argv)
{
	struct corpus raw, clean;
	struct ita_buf f = ITA_BUF_INIT, o = ITA_BUF_INIT;
	uint32_t seed = 20250930;
	size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000, i;

	if (n == 0)
		n = 1000000;
	memset(&raw, 0, sizeof(raw));
	memset(&clean, 0, sizeof(clean));
	if ((raw.off = calloc(n + 1, sizeof(size_t))) == NULL ||
	    (clean.off = calloc(n + 1, sizeof(size_t))) == NULL) {
		perror("calloc");
		return 1;
	}
	for (i = 0; i < n; i++) {
		ita_buf_clear(&f);
		raw.off[i] = raw.text.len;
		clean.off[i] = clean.text.len;
		if (gen_field(&f, &seed) == -1 ||
		    ita_buf_add(&raw.text, f.p, f.len) == -1 ||
		    ita_norm_cell(f.p, f.len, &o, NULL, NULL) == -1 ||
		    ita_buf_add(&clean.text, o.p, o.len) == -1) {
			perror("corpus");
			return 1;
		}
	}
	raw.off[n] = raw.text.len;
	clean.off[n] = clean.text.len;
	raw.n = clean.n = n;
	report("raw export text", &raw);
	report("normalized text (a second pass)", &clean);
	ita_buf_free(&f);
	ita_buf_free(&o);
	ita_buf_free(&raw.text);
	ita_buf_free(&clean.text);
	free(raw.off);
	free(clean.off);
	return 0;
}
