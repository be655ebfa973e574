# Writes the hostile workbooks of this case (run by cmd): zip bombs of
# an .xlsx sheet and of an .ods content.xml, a sheet cut off inside its
# XML, a workbook without sheets and one whose sheet part is missing.
# SPDX-License-Identifier: ISC (see the file LICENSE)
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def xlsx(name, sheet, sheets='<sheet name="ก" sheetId="1" r:id="rId1"/>'):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types/>')
        z.writestr("xl/workbook.xml", '<workbook %s %s><sheets>%s</sheets>'
            '</workbook>' % (NS, RNS, sheets))
        if sheet is not None:
            z.writestr("xl/worksheets/sheet1.xml", sheet)
row = ('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c>'
    '<c r="B%d" t="inlineStr"><is><t>%s</t></is></c></row>')
head = row % (1, 1, "ลำดับ", 1, "มาตรการ")
xlsx("bomb.xlsx", '<worksheet %s><sheetData>%s%s</sheetData></worksheet>' %
    (NS, head, " " * (40 << 20)))
xlsx("cut.xlsx", '<worksheet %s><sheetData>%s%s<row r="3"><c r="A3"' %
    (NS, head, row % (2, 2, "1", 2, "มาตรการก่อนรอยตัด")))
xlsx("nosheets.xlsx", None, sheets='')
xlsx("nopart.xlsx", None)
with zipfile.ZipFile("bomb.ods", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("mimetype"),
        "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", '<office:document-content xmlns:office="urn:'
        'oasis:names:tc:opendocument:xmlns:office:1.0"><office:body>'
        '<office:spreadsheet>' + " " * (40 << 20))
