#!/usr/bin/env python3
# SPDX-License-Identifier: ISC (see the file LICENSE)
"""Writes the fictional reports that the PDF fixtures are made from.

Each report is written twice from the same data: as a flat OpenDocument
text (NAME.fodt, which LibreOffice converts to NAME.odt and NAME.pdf, see
make.sh) and as the text export of the same document (NAME.txt: prose
lines, table rows as tab-separated cells), so that the records of the PDF
can be compared with those of the text export.
Usage: gen.py DIR
"""
import sys
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')

ON, OFF = '\u2611', '\u2610'


def box(done):
    if done == 2:
        return f'{OFF} ยังไม่ได้ดำเนินการ {ON} ดำเนินการแล้ว'
    if done == 1:
        return f'{OFF} ยังไม่ได้ดำเนินการ {ON} อยู่ระหว่างดำเนินการ'
    return f'{ON} ยังไม่ได้ดำเนินการ {OFF} ดำเนินการแล้ว'


class Doc:
    def __init__(self, font, size, width, height, header, landscape=False):
        self.font, self.size = font, size
        self.width, self.height = width, height
        self.header = header
        self.body = []
        self.text = []
        self.ntables = 0

    def para(self, s, style='P'):
        self.body.append(f'<text:p text:style-name="{style}">'
                         f'{escape(s)}</text:p>')
        self.text.append(s)

    def blank(self):
        self.body.append('<text:p text:style-name="P"/>')
        self.text.append('')

    def table(self, widths, head, rows, repeat=True):
        """head: list of header rows; a cell is text, or (text, cols, rows)
        for a merged cell, or None where a merged cell covers it."""
        self.ntables += 1
        t = self.ntables
        out = [f'<table:table table:name="T{t}" table:style-name="Tbl">']
        for i, w in enumerate(widths):
            out.append(f'<table:table-column table:style-name="T{t}c{i}"/>')
            self.colstyles.append((f'T{t}c{i}', w))
        if repeat:
            out.append('<table:table-header-rows>')
        for r in head:
            out.append(self.row(r))
        if repeat:
            out.append('</table:table-header-rows>')
        for r in rows:
            out.append(self.row(r))
        out.append('</table:table>')
        self.body.append('\n'.join(out))
        for r in head + rows:
            cells = []
            for c in r:
                if c is None:
                    cells.append('')
                elif isinstance(c, tuple):
                    cells.append(c[0].replace('\n', ' '))
                    cells.extend([''] * (c[1] - 1))
                else:
                    cells.append(c.replace('\n', ' '))
            self.text.append('\t'.join(cells))

    def row(self, r):
        out = ['<table:table-row>']
        for c in r:
            if c is None:
                out.append('<table:covered-table-cell/>')
                continue
            span = ''
            if isinstance(c, tuple):
                c, cols, rows = c
                if cols > 1:
                    span += f' table:number-columns-spanned="{cols}"'
                if rows > 1:
                    span += f' table:number-rows-spanned="{rows}"'
            out.append(f'<table:table-cell table:style-name="Cell" '
                       f'office:value-type="string"{span}>')
            for line in c.split('\n'):
                out.append(f'<text:p text:style-name="Pt">{escape(line)}'
                           '</text:p>')
            out.append('</table:table-cell>')
        out.append('</table:table-row>')
        return ''.join(out)

    colstyles = None

    def fodt(self):
        f, sz = self.font, self.size
        tp = (f'style:font-name="{f}" fo:font-size="{sz}pt" '
              f'style:font-name-complex="{f}" style:font-size-complex="{sz}pt" '
              'fo:language="th" fo:country="TH" '
              'style:language-complex="th" style:country-complex="TH"')
        cols = ''.join(
            f'<style:style style:name="{n}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{w}cm"/>'
            '</style:style>' for n, w in self.colstyles)
        total = self.width - 4
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{f}" svg:font-family="{f}"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties {tp}/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Pb" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="Pt" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Pc" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Pr" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{total}cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
{cols}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{self.width}cm" fo:page-height="{self.height}cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:margin-bottom="0.3cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Pr">{escape(self.header)}</text:p></style:header>
<style:footer><text:p text:style-name="Pc">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(self.body)}
</office:text></office:body></office:document>
'''


def report_a():
    """Laksaman, portrait: a measure table over pages (header repeated),
    then an OIT table with a two-row header and merged cells."""
    d = Doc('Laksaman', 16, 21, 29.7, 'เทศบาลตำบลหนองสมมุติ')
    d.colstyles = []
    d.para('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส '
           'รอบ ๑๒ เดือน', 'Pb')
    d.para('เทศบาลตำบลหนองสมมุติ อำเภอเมืองสมมุติ จังหวัดสมมุติ '
           'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 'Pb')
    d.para('ตามที่เทศบาลตำบลหนองสมมุติได้วิเคราะห์ผลการประเมินคุณธรรมและ'
           'ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐในปีที่ผ่านมา '
           'และกำหนดมาตรการเพื่อยกระดับผลการประเมิน จึงขอรายงานผลดังนี้')
    d.para('๑. มาตรการเพื่อยกระดับผลการประเมิน')
    head = [['ลำดับที่', 'มาตรการ', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ',
             'ผู้รับผิดชอบ', 'ผลการดำเนินการ']]
    m = [
        ('มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างให้ประชาชนตรวจสอบได้',
         '- จัดทำประกาศผลการจัดซื้อจัดจ้างทุกเดือน\n- เผยแพร่บนเว็บไซต์ของเทศบาล',
         'ต.ค. ๖๗ - ก.ย. ๖๘', 'กองคลัง', 2),
        ('มาตรการป้องกันการรับสินบนในการให้บริการประชาชน',
         '- ประกาศนโยบายไม่รับของขวัญ\n- ติดป้ายประชาสัมพันธ์ที่จุดบริการ',
         'ต.ค. - ธ.ค. ๖๗', 'สำนักปลัดเทศบาล', 2),
        ('มาตรการลดขั้นตอนการขออนุญาตก่อสร้างอาคาร',
         '- ทบทวนขั้นตอนและระยะเวลาการให้บริการ\n- จัดทำคู่มือสำหรับประชาชน\n'
         '- รับคำขอผ่านระบบออนไลน์',
         'ม.ค. - มิ.ย. ๖๘', 'กองช่าง', 1),
        ('มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง',
         '- จัดทำแนวปฏิบัติการยืมพัสดุ\n- ตรวจสอบทะเบียนทรัพย์สินประจำปี',
         'ตลอดปีงบประมาณ ๒๕๖๘', 'กองคลัง', 2),
        ('มาตรการเปิดช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ',
         '- เปิดรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์\n'
         '- รายงานผลการจัดการเรื่องร้องเรียนทุกไตรมาส',
         'ต.ค. ๖๗ - ก.ย. ๖๘', 'สำนักปลัดเทศบาล', 1),
        ('มาตรการพัฒนาคุณภาพการสื่อสารกับประชาชน',
         '- ปรับปรุงเพจประชาสัมพันธ์ของเทศบาล\n- จัดประชุมประชาคมหมู่บ้าน',
         'ก.พ. - ส.ค. ๖๘', 'สำนักปลัดเทศบาล', 0),
        ('มาตรการสำรวจความพึงพอใจของผู้รับบริการ',
         '- จัดทำแบบสำรวจความพึงพอใจ\n- สรุปผลและนำมาปรับปรุงการให้บริการ',
         'เม.ย. - ก.ย. ๖๘', 'กองการศึกษา', 0),
    ]
    rows = [[f'{i + 1}', t, meth, per, resp, box(done)]
            for i, (t, meth, per, resp, done) in enumerate(m)]
    d.table([1.4, 3.6, 4.2, 2.4, 2.2, 3.2], head, rows)
    d.para('๒. การเปิดเผยข้อมูลสาธารณะ (OIT)')
    head2 = [[('ข้อ', 1, 2), ('ข้อมูล', 1, 2), ('ผู้รับผิดชอบ', 3, 1), None,
              None, ('ความถี่ในการเผยแพร่ข้อมูล', 1, 2)],
             [None, None, 'จัดทำ', 'รวบรวม', 'เผยแพร่', None]]
    o = [('o1', 'โครงสร้าง', 'สำนักปลัดเทศบาล', 'งานธุรการ',
          'งานประชาสัมพันธ์', 'ทุกปี'),
         ('o2', 'ข้อมูลผู้บริหาร', 'สำนักปลัดเทศบาล', 'งานธุรการ',
          'งานประชาสัมพันธ์', 'เมื่อมีการเปลี่ยนแปลง'),
         ('o3', 'อำนาจหน้าที่', 'สำนักปลัดเทศบาล', 'งานนิติการ',
          'งานประชาสัมพันธ์', 'ทุกปี'),
         ('o4', 'ข้อมูลการติดต่อ', 'สำนักปลัดเทศบาล', 'งานธุรการ',
          'งานประชาสัมพันธ์', 'ทุกปี')]
    rows2 = [list(r) for r in o]
    d.table([1.4, 4.6, 2.6, 2.4, 2.6, 3.4], head2, rows2)
    d.para('ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๘', 'Pc')
    return d


def report_b():
    """Garuda, landscape, smaller type: an indicator plan whose header is
    not repeated on the next page, numbers as "1." """
    d = Doc('Garuda', 13, 29.7, 21, 'แผนปฏิบัติการ ITA ๒๕๖๘')
    d.colstyles = []
    d.para('แผนปฏิบัติการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส '
           'องค์การบริหารส่วนตำบลโคกสมมุติ อำเภอทดลอง จังหวัดสมมุติ '
           'ประจำปีงบประมาณ ๒๕๖๘', 'Pb')
    head = [['ที่', 'มาตรการ/แนวทาง', 'ขั้นตอนการปฏิบัติ', 'ระยะเวลา',
             'ผู้รับผิดชอบ', 'รายงานผล']]
    m = []
    names = ['การปฏิบัติหน้าที่', 'การใช้งบประมาณ', 'การใช้อำนาจ',
             'การใช้ทรัพย์สินของราชการ', 'การแก้ไขปัญหาการทุจริต',
             'คุณภาพการดำเนินงาน', 'ประสิทธิภาพการสื่อสาร',
             'การปรับปรุงการทำงาน']
    steps = ['- ประชุมชี้แจงบุคลากร', '- จัดทำคำสั่งมอบหมายงาน',
             '- ติดตามและรายงานผลต่อผู้บริหาร',
             '- เผยแพร่ผลการดำเนินงานทางเว็บไซต์']
    months = ['ต.ค. - ธ.ค. ๖๗', 'ม.ค. - มี.ค. ๖๘', 'เม.ย. - มิ.ย. ๖๘',
              'ก.ค. - ก.ย. ๖๘']
    resp = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา']
    for i, n in enumerate(names):
        st = '\n'.join(steps[:2 + i % 3])
        res = ('ร้อยละ ๑๐๐' if i % 3 == 0 else
               'อยู่ระหว่างดำเนินการ' if i % 3 == 1 else 'ยังไม่ได้ดำเนินการ')
        m.append([f'{i + 1}.', f'มาตรการยกระดับ{n}', st, months[i % 4],
                  resp[i % 4], res])
    d.table([1.2, 6.0, 7.0, 3.4, 3.0, 5.1], head, m, repeat=False)
    d.para('ลงชื่อ ผู้รายงาน นายสมมุติ ทดลองดี')
    return d


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    for name, d in (('report-a', report_a()), ('report-b', report_b())):
        with open(f'{out}/{name}.fodt', 'w', encoding='utf-8') as f:
            f.write(d.fodt())
        with open(f'{out}/{name}.txt', 'w', encoding='utf-8') as f:
            f.write('\n'.join(d.text) + '\n')


main()
