#!/usr/bin/env python3
"""A real SMTP server for the notification tests (Debian python3-aiosmtpd).

Usage: smtp_sink.py PORT FOLDER

Listens on 127.0.0.1:PORT and writes every message it accepts to FOLDER as one .eml file, exactly as
received, after two lines X-Envelope-From / X-Envelope-To giving the SMTP envelope. Each file is
written under a temporary name and renamed, so a reader never sees half a message. Prints
"listening on 127.0.0.1:PORT" once it accepts connections; runs until stdin closes or it is killed.
"""
import os
import sys
import uuid

from aiosmtpd.controller import Controller


class SaveToFolder:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        head = (
            f"X-Envelope-From: {envelope.mail_from}\r\n"
            f"X-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n"
        ).encode("utf-8")
        name = uuid.uuid4().hex
        temporary = os.path.join(self.folder, name + ".tmp")
        with open(temporary, "wb") as file:
            file.write(head + content)
        os.replace(temporary, os.path.join(self.folder, name + ".eml"))
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(SaveToFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
