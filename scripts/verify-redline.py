# LibreOffice's reading of our redlines, for `npm run verify:redline` (scripts/verify-redline.mjs).
#
# Starts one headless LibreOffice, connects to it over UNO, and for each job
#   {"redline": ".docx", "new": ".docx" or null, "old": ".docx" or null}
# opens the redline, accepts every tracked change and reads the body; opens it again, rejects every change
# and reads the body; and reads the new and old versions' bodies as LibreOffice reads them. It prints one
# JSON line per job with the four bodies (lists of lines of text); comparing them is the caller's work.
#
# The body is the text after the cover, the redline's change summary and the document history (document
# control, which a redline takes from the new version as it does the cover): paragraphs and table cells
# from the first heading that is neither, in document order. List numbers are not text in Word's
# model, so clause numbers do not appear; numbers inside references do, and the caller masks them.
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

# Headings of the sections before the body (templates/partials/agreement/document-history.md.hbs, and the
# summary from src/diff/summary.ts).
FRONT_TITLES = ("Summary of changes", "Document history")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile):
    pipe = "partnership_verify_redline_%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                office.kill()
                raise SystemExit("Cannot start LibreOffice over UNO")
            time.sleep(0.5)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    return office, desktop, dispatcher


def open_document(desktop, path):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    return desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))


def body(document):
    """The body's lines of text, from the first heading that is not the change summary or the history.

    Only the front matter is walked paragraph by paragraph: over UNO each element of an enumeration costs
    milliseconds, and a 55-page agreement's body took seconds to read that way. The body is then one
    string, read through a text cursor from that heading to the end, as LibreOffice's own text export
    writes it: a line per paragraph and per table cell paragraph, and a line break inside a paragraph as a
    line of its own.
    """
    text = document.getText()
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if not element.supportsService("com.sun.star.text.Paragraph"):
            continue
        style = element.getPropertyValue("ParaStyleName") or ""
        level = element.getPropertyValue("OutlineLevel")
        if (style.startswith("Heading") or level > 0) and element.getString() not in FRONT_TITLES:
            cursor = text.createTextCursorByRange(element.getStart())
            cursor.gotoEnd(True)
            return cursor.getString().split("\n")
    return []


def resolved(desktop, dispatcher, path, command):
    document = open_document(desktop, path)
    try:
        frame = document.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, command, "", 0, ())
        return body(document)
    finally:
        document.close(True)


def plain(desktop, path):
    if path is None:
        return []
    document = open_document(desktop, path)
    try:
        return body(document)
    finally:
        document.close(True)


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    profile = tempfile.mkdtemp(prefix="verify-redline-profile-")
    office, desktop, dispatcher = start_office(profile)
    try:
        for job in jobs:
            result = {"redline": job["redline"]}
            try:
                result["accepted"] = resolved(desktop, dispatcher, job["redline"], ".uno:AcceptAllTrackedChanges")
                result["rejected"] = resolved(desktop, dispatcher, job["redline"], ".uno:RejectAllTrackedChanges")
                result["new"] = plain(desktop, job.get("new"))
                result["old"] = plain(desktop, job.get("old"))
            except Exception as error:
                result["error"] = repr(error)
            print(json.dumps(result), flush=True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


main()
