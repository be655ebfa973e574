# Writes forms.docx, the fixture of this case, by hand (LibreOffice does
# not write these forms): the three checkbox forms (legacy FORMCHECKBOX
# fields, w14:checkbox content controls, glyphs in text and as Wingdings
# w:sym), w:gridSpan, w:vMerge, a line break and a table in a cell,
# numbered and bulleted w:numPr paragraphs, a header, a footer and a
# footnote.  Run once: python3 make-docx.py; the .docx is committed.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '\
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '\
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def t(s): return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % s
def p(*runs, num=None):
    pr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr></w:pPr>' % num if num else ''
    return '<w:p>%s%s</w:p>' % (pr, ''.join(runs))
def ff(checked):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
            '<w:default w:val="%d"/></w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>') % checked
def cc(checked):
    return ('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%s</w:t></w:r>'
            '</w:sdtContent></w:sdt>') % (checked, '\u2612' if checked else '\u2610')
def sym(ch): return '<w:r><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % ch
def tc(*paras, span=1, vmerge=None):
    pr = ''
    if span > 1: pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == 'restart': pr += '<w:vMerge w:val="restart"/>'
    elif vmerge: pr += '<w:vMerge/>'
    return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(paras) or '<w:p/>')
def tr(*cells): return '<w:tr>%s</w:tr>' % ''.join(cells)
def tbl(*rows): return '<w:tbl><w:tblPr/>%s</w:tbl>' % ''.join(rows)
body = ''.join([
    p(t('เทศบาลตำบลแบบฟอร์ม อำเภอทดลอง จังหวัดสมมติ'), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    p(t('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘')),
    tbl(tr(tc(p(t('ลำดับ'))), tc(p(t('มาตรการ'))), tc(p(t('ผู้รับผิดชอบ'))), tc(p(t('ผลการดำเนินการ')))),
        tr(tc(p(t('๑'))), tc(p(t('มาตรการแบบฟิลด์'))), tc(p(t('สำนักปลัด'))),
           tc(p(ff(1), t(' ดำเนินการแล้ว '), ff(0), t(' ยังไม่ได้ดำเนินการ')))),
        tr(tc(p(t('๒'))), tc(p(t('มาตรการแบบตัวควบคุม'))), tc(p(t('กองคลัง'))),
           tc(p(cc(0), t(' ดำเนินการแล้ว '), cc(1), t(' อยู่ระหว่างดำเนินการ')))),
        tr(tc(p(t('๓'))), tc(p(t('มาตรการแบบอักขระ'))), tc(p(t('กองช่าง'))),
           tc(p(t('\u2610 ดำเนินการแล้ว \u2611 อยู่ระหว่างดำเนินการ')))),
        tr(tc(p(t('๔'))), tc(p(t('มาตรการแบบสัญลักษณ์'))), tc(p(t('งานพัสดุ'))),
           tc(p(sym('F0FE'), t(' ยังไม่ได้ดำเนินการ '), sym('F0A8'), t(' ดำเนินการแล้ว'))))),
    p(t('ตารางที่ ๒ กิจกรรม')),
    tbl(tr(tc(p(t('มาตรการ'))), tc(p(t('กิจกรรม'))), tc(p(t('ผู้รับผิดชอบ'))), tc(p(t('ผลการดำเนินการ')))),
        tr(tc(p(t('๕. มาตรการลดขั้นตอน')), vmerge='restart'), tc(p(t('ทบทวนขั้นตอน'))),
           tc(p(t('สำนักปลัด'))), tc(p(t('ร้อยละ ๑๐๐')))),
        tr(tc(vmerge='continue'), tc(p(t('เผยแพร่คู่มือ'), '<w:r><w:br/></w:r>', t('ฉบับย่อ'))),
           tc(p(t('งานประชาสัมพันธ์')), p(t('งานสารบรรณ'))),
           tc(tbl(tr(tc(p(t('ผล'))), tc(p(t('อยู่ระหว่างดำเนินการ')))),
                  tr(tc(p(t('หมายเหตุ'))), tc(p(t('รอพิมพ์'))))))),
        tr(tc(p(t('๖. มาตรการเปิดเผยข้อมูล')), span=2), tc(p(t('กองคลัง'))),
           tc(p(t('ยังไม่ได้ดำเนินการ'))))),
    p(t('ผู้รายงาน นายแบบ ฟอร์ม'), num=1),
    p(t('ผู้ตรวจ นางทดสอบ ดี'), num=1),
    p(t('แนบเอกสาร'), num=2),
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>'])
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (W, body)
numbering = ('<?xml version="1.0" encoding="UTF-8"?><w:numbering %s>'
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>') % W
hdr = '<?xml version="1.0"?><w:hdr %s>%s</w:hdr>' % (W, p(t('หัวกระดาษ ไม่ใช่เนื้อหา')))
ftr = '<?xml version="1.0"?><w:ftr %s>%s</w:ftr>' % (W, p(t('หน้า ๑')))
notes = ('<?xml version="1.0"?><w:footnotes %s><w:footnote w:type="separator" w:id="-1">'
    '<w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/>'
    '</w:footnote><w:footnote w:id="1">%s</w:footnote></w:footnotes>') % (W, p(t('เชิงอรรถ')))
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
with zipfile.ZipFile('forms.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('word/document.xml', doc)
    z.writestr('word/numbering.xml', numbering)
    z.writestr('word/header1.xml', hdr)
    z.writestr('word/footer1.xml', ftr)
    z.writestr('word/footnotes.xml', notes)
