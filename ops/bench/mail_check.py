"""The reminder benchmark's two measurements outside the portal.

floor:  sends N mails shaped like the portal's reminders (text, HTML, .ics) over one SMTP connection to the same GreenMail (Python's smtplib), the most a
        client on this machine gets from that server: the floor the portal's numbers are read against.
check:  asks GreenMail's REST API, per recipient, how many messages arrived and with which Message-IDs,
        and prints recipients reached, messages, and duplicates (same recipient, same Message-ID twice).
"""
import json
import smtplib
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage


# The shape of a portal reminder: plain text and HTML alternatives in Kazakh, and the deadline as an .ics part.
CALENDAR = ("BEGIN:VCALENDAR\r\nPRODID:-//Bagalau//Deadlines//KK\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
            "BEGIN:VEVENT\r\nDTSTAMP:20261207T000000Z\r\nDTSTART:20270301T185900Z\r\nSUMMARY:Есептік ақпарат\r\n"
            "UID:floor@bagalau\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def floor(port, count):
    started = time.monotonic()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for i in range(count):
            m = EmailMessage()
            m["From"] = "floor@bagalau.example"
            m["To"] = f"floor{i}@floor.example"
            m["Subject"] = f"Қарағанды облысы — «Есептік ақпарат»: мерзімге 1 күн қалды {i}"
            m.set_content("Құрметті алушы! " * 40)
            m.add_alternative("<p>" + "Құрметті алушы! " * 40 + "</p>", subtype="html")
            m.add_attachment(CALENDAR, subtype="calendar", filename="deadline.ics")
            smtp.send_message(m)
    seconds = time.monotonic() - started
    print(f"floor: {count} mails over one SMTP connection in {seconds:.1f} s = {count / seconds:.0f} mails/s")


def messages(api, address):
    with urllib.request.urlopen(f"{api}/api/user/{address}/messages/INBOX", timeout=30) as r:
        return json.load(r)


def check(api, domain_suffix):
    with urllib.request.urlopen(f"{api}/api/user", timeout=60) as r:
        users = [u["email"] for u in json.load(r) if u["email"].endswith(domain_suffix)]
    with ThreadPoolExecutor(8) as pool:
        inboxes = list(pool.map(lambda a: messages(api, a), users))
    total = sum(len(i) for i in inboxes)
    duplicates = sum(len(i) - len({m.get("messageId") for m in i}) for i in inboxes)
    print(f"greenmail: {len(users)} recipients reached, {total} messages, {duplicates} duplicates")


if __name__ == "__main__":
    if sys.argv[1] == "floor":
        floor(int(sys.argv[2]), int(sys.argv[3]))
    else:
        check(sys.argv[2], sys.argv[3])
