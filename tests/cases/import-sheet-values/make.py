# Writes the workbooks of this case (run by cmd): cell values of every
# kind in an .xlsx (shared and inline strings, numbers, booleans, dates
# as serials in the 1900 and the 1904 system, percent and Thai date
# formats, sparse references) and in an .ods (typed values, repeated
# cells and rows).  A fictional office; written at test time, not kept.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import sys, zipfile

def xlsx(name, rows, sst, date1904=False, styles=None, extra=()):
    ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats'
          '.org/package/2006/content-types"/>')
    wb = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
          '2006/main" xmlns:r="http://schemas.openxmlformats.org/'
          'officeDocument/2006/relationships"><workbookPr date1904="%s"/>'
          '<sheets><sheet name="ข้อมูล" sheetId="1" r:id="rId1"/></sheets>'
          '</workbook>' % ("1" if date1904 else "0"))
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/s1.xml"/></Relationships>')
    ss = ''.join('<si>%s</si>' % s for s in sst)
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main">%s</sst>' % ss)
        if styles:
            z.writestr("xl/styles.xml", styles)
        z.writestr("xl/worksheets/s1.xml", '<worksheet xmlns="http://'
            'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows + '</sheetData><mergeCells count="1"><mergeCell ref='
            '"A1:D1"/></mergeCells></worksheet>')
        for n, d in extra:
            z.writestr(n, d)

styles = ('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
    '2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode='
    '"[$-1070000]d/m/yyyy;@"/><numFmt numFmtId="165" formatCode='
    '"&quot;day&quot; 0"/><numFmt numFmtId="166" formatCode="ว ดดด ปปปป"/>'
    '</numFmts><cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/>'
    '<xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/>'
    '<xf numFmtId="22"/><xf numFmtId="166"/></cellXfs></styleSheet>')
sst = ['<t>รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2568</t>',
    '<t>ลำดับ</t>', '<t>มาตรการ</t>', '<t>ระยะเวลาดำเนินการ</t>',
    '<t>หมายเหตุ</t>',
    '<r><t>มาตรการ</t></r><r><t xml:space="preserve"> แบบ rich</t></r>'
    '<rPh><t>PHONETIC</t></rPh>',
    '<t>บรรทัดแรก_x000D_\nบรรทัดสอง</t>']
def c(ref, v, t=None, s=None, inline=False):
    a = ' r="%s"' % ref if ref else ''
    if t: a += ' t="%s"' % t
    if s is not None: a += ' s="%d"' % s
    if inline:
        return '<c%s t="inlineStr"><is><t>%s</t></is></c>' % (a, v)
    return '<c%s><v>%s</v></c>' % (a, v)
def row(r, cells):
    return '<row r="%d">%s</row>' % (r, ''.join(cells))
rows = (row(1, [c("A1", 0, "s")]) +
    row(3, [c("A3", 1, "s"), c("B3", 2, "s"), c("C3", 3, "s"),
        c("D3", 4, "s")]) +
    row(4, [c("A4", 1), c("B4", 5, "s"), c("C4", 45672, s=1),
        c("D4", "1900 leap: 59 60 61", inline=True)]) +
    row(5, [c("A5", 2), c("B5", 6, "s"), c("C5", 59, s=1), c("D5", 60, s=1),
        c("E5", 61, s=1)]) +
    row(6, [c("A6", 3), c("B6", "ตัวเลข", inline=True), c("C6", 0.3, s=2),
        c("D6", "0.30000000000000004"), c("E6", 1, "b"), c("F6", 0, "b")]) +
    row(7, [c("A7", 4), c("B7", "รูปแบบ", inline=True), c("C7", 45672, s=3),
        c("D7", 12, s=4), c("E7", "45672.5", s=5), c("F7", 45672, s=6)]) +
    row(8, [c(None, 5), c(None, "ไม่มีที่อ้างอิง", inline=True),
        c(None, "2025-03-31T00:00:00", "d"), c(None, "#DIV/0!", "e"),
        c(None, "ข้อความสูตร", "str")]) +
    row(9, [c("A9", 6), c("B9", "ห่าง", inline=True),
        c("H9", "คอลัมน์ H", inline=True)]) +
    row(10, [c("A10", 7), c("B10", "ไกลสุด", inline=True),
        c("XFD10", "XFD", inline=True), c("XFE10", "เกิน", inline=True),
        c("AAAA10", "เกินมาก", inline=True)]) +
    row(11, [c("A11", 8), c("B11", 99, "s"), c("C11", "x1", "s")]))
xlsx("values.xlsx", rows, sst, styles=styles)
# The same serials in the 1904 system: 0 is 1 January 1904.
xlsx("v1904.xlsx", row(1, [c("A1", 1, "s"), c("B1", 2, "s"), c("C1", 3, "s")])
    + row(2, [c("A2", 1), c("B2", "ศูนย์", inline=True), c("C2", 0, s=1)])
    + row(3, [c("A3", 2), c("B3", "สี่หมื่น", inline=True),
        c("C3", 44210, s=1)]), sst, date1904=True, styles=styles)

def ods(name, table):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        '<office:body><office:spreadsheet><table:table table:name="ก">'
        + table + '</table:table></office:spreadsheet></office:body>'
        '</office:document-content>')
    with zipfile.ZipFile(name, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
def tr(cells, rep=None):
    a = ' table:number-rows-repeated="%d"' % rep if rep else ''
    return '<table:table-row%s>%s</table:table-row>' % (a, ''.join(cells))
def tc(text=None, rep=None, **kw):
    a = ''.join(' office:%s="%s"' % (k.replace('_', '-'), v)
        for k, v in kw.items())
    if rep: a += ' table:number-columns-repeated="%d"' % rep
    if text is None:
        return '<table:table-cell%s/>' % a
    return '<table:table-cell%s><text:p>%s</text:p></table:table-cell>' % (
        a, text)
ods("values.ods",
    tr([tc("ลำดับ"), tc("มาตรการ"), tc("ระยะเวลาดำเนินการ"), tc("หมายเหตุ")])
    + tr([tc("1", value_type="float", value="1"), tc("ค่าวันที่"),
        tc("15 ม.ค. 2568", value_type="date", date_value="2025-01-15"),
        tc("ครึ่ง", value_type="percentage", value="0.5")])
    + tr([tc(rep=1024)], rep=1040000)
    + tr([tc("2", value_type="float", value="2"),
        tc("ซ้ำสามช่อง", rep=3), tc(rep=16000), tc("หลังช่องว่าง")])
    + tr([tc("3", value_type="float", value="3"), tc("แถวซ้ำ"),
        tc("TRUE", value_type="boolean", boolean_value="true")], rep=1500)
    + tr([tc(rep=1024)], rep=1000000))
