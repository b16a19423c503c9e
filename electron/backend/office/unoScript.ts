// The Python program that drives LibreOffice over UNO for an export: it connects to the private,
// invisible LibreOffice the app started (session.ts, with its own profile, so the user's open
// LibreOffice is never touched) and answers one JSON request per line on stdin with one JSON
// line on stdout:
//   {"pages": DOCX}                → {"pages": {"_Toc1": 3, …}}  (the page each _Toc bookmark is on)
//   {"pdf": DOCX, "to": PDF}       → {"ok": true}                 (a tagged PDF/UA with bookmarks)
//   {"quit": true}                 → LibreOffice ends
export const unoScript = String.raw`
import json, sys, time
import uno
from com.sun.star.beans import PropertyValue

pipe = sys.argv[1]

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

def answer(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()

def load(path):
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0,
        (prop("Hidden", True), prop("ReadOnly", True), prop("UpdateDocMode", 0)))

def pages(path):
    document = load(path)
    try:
        cursor = document.getCurrentController().getViewCursor()
        marks = document.getBookmarks()
        found = {}
        for name in marks.getElementNames():
            if name.startswith("_Toc"):
                cursor.gotoRange(marks.getByName(name).getAnchor().getStart(), False)
                found[name] = cursor.getPage()
        return found
    finally:
        document.close(True)

def pdf(path, target):
    document = load(path)
    try:
        options = uno.Any("[]com.sun.star.beans.PropertyValue", tuple([
            prop("UseTaggedPDF", True), prop("PDFUACompliance", True), prop("ExportBookmarks", True),
            prop("DisplayPDFDocumentTitle", True), prop("ExportNotes", False),
        ]))
        uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target),
            (prop("FilterName", "writer_pdf_Export"), prop("FilterData", options))))
    finally:
        document.close(True)

desktop = None
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    context = None
    for _ in range(360):
        try:
            context = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.25)
    if context is None:
        answer({"error": "LibreOffice ließ sich nicht starten."})
        sys.exit(1)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    answer({"ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("quit"):
            break
        try:
            if "pages" in request:
                answer({"pages": pages(request["pages"])})
            elif "pdf" in request:
                pdf(request["pdf"], request["to"])
                answer({"ok": True})
        except Exception as error:
            answer({"error": str(error)})
finally:
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass
`;
