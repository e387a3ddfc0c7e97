<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>i18n</name>
    <message>
        <source>Same as this computer ({language})</source>
        <extracomment>The languages with a catalog, by code, in their own words (never translated). objectName of the translators this module installs (they are children of the app).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A fax can go to {max_recipients} recipients at most. Send it again for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact already has this fax number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number with the recipient, then send again or use a secure email link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Medsender with {kind} keys: {count} fax number{_plural} on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {host}. Check the internet connection and the server address of this profile (Edit profile…), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempt {number}: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name or an organization for this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one fax number to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the fax number to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found among Medsender&apos;s sent faxes: not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until {datetime}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender accepted the fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender cannot provide that record in the requested format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender could not complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender did not accept the API key or client secret. Check them in this profile (Edit profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender did not accept the API key or client secret. Copy them again from your Medsender account (test keys start with sk_test_) and check the sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender did not provide a link to this fax&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender does not allow this action on that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender faxes only to US and Canadian numbers. {label} has another country code; enter a number with a US or Canadian area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender had a problem on its side. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender is receiving too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender is temporarily offline for maintenance. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender reports: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender sent an answer this app could not read. Please try again; if it keeps happening, contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender tried {attempts} times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender&apos;s answer did not include a record id. Check the Sent tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so Medsender Desktop cannot keep your API key. On Windows and macOS the system keychain is used; on Linux, install and unlock GNOME Keyring or KWallet, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found among Medsender&apos;s sent faxes: sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a fax that failed can be sent again with Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of a fax that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again with Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in: this profile has no API key saved on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the information entered is not valid. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF magic {magic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record could not be found. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record has been revoked or removed and can no longer be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost; checking whether Medsender has the fax before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped during the upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must be 3 digits, e.g. 415.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client name is too long (200 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while sending. The fax may or may not have been sent; check the Sent tab before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of this fax&apos;s document kept on this computer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document of this fax is no longer in the outbox folder. Send it again from the original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document type must be document_only, access_code_sheet_only or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid. Check it looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax could not be delivered. Check the number, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax did not arrive completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax is still in the outbox; it goes out at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax number does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax was cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it still exists and that you are allowed to read it, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link can stay valid from 1 to 180 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must expire after {EXPIRE_AFTER_MIN} to {EXPIRE_AFTER_MAX} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start on this computer. Close other copies of Medsender Desktop and try again; the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number answered, but it is not a fax machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order must be asc or dsc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page must be a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be a whole number from {PAGE_SIZE_MIN} to {PAGE_SIZE_MAX}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s fax line was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s fax machine did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not be reached, or it refused the relay token. Check the relay address and token (faxes still update, just less quickly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is reachable and accepts this desktop&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (certificate problem). Check the computer&apos;s date and time; if your clinic uses a web filter, ask IT to trust it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but not as the Medsender API. Check the server address: it normally ends with /api/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store could not be read. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store refused to save the keys. Unlock it (or allow Medsender Desktop to use it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {field} must be one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is too long ({limit} characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must start with https:// (http:// is only allowed for a test server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must start with https:// (or http:// for a local test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys are valid but may not use the API. Contact Medsender support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be read here (it may use encryption or compression this app does not support). Open it in a PDF viewer, print or save it to a new PDF, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be read. Open it in a PDF viewer, print or save it to a new PDF, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is password-protected. Remove the password (print it to a new PDF) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not have access to that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has {pages} pages; at most {max_pages} pages can be sent at once. Split it into smaller documents and send them separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is too large to open safely: it expands to far more data than its file size. Print or save it to a new PDF and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is too large to open: reading it takes too long. Print or save it to a new PDF (or scan it again at a lower resolution) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fax can no longer be cancelled: it is already being sent or has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fax was not sent from this computer, so it cannot be sent again from here. Start a new fax with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fax was not sent from this computer, so its document is not kept here. Open it with Open secure link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read. Check that it still exists and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has more than 50,000 rows; split it and import each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no fax number column. Export the contacts with a column named Fax or Fax Number and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no name or organization column. Export the contacts with a Name or Organization column and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a {label} {_plural}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty or is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty. Save or scan the document again and add the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than 5 MB; split it and import each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF, TIFF, PNG or JPEG document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a valid CSV file (a quote is not closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is too large to open. Scan it again at a lower resolution and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown: its page boxes are damaged. The other pages are not affected; open the file in a PDF viewer to see this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {_label}image is damaged and cannot be read. Scan or save it again and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times Faxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload attempt {tries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actual}; files must be under {max_bytes} MB. Split it into smaller files or scan it again at a lower resolution, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} contacts added, {updated} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is before 1900; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is missing. Enter a number such as (212) 555-0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a phone number. Enter it with its area code, e.g. (212) 555-0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a valid number. Check the area code and the number of digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be written as YYYY-MM-DD, e.g. 1974-08-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Ask the sender to fax it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Only {accepted} files can be used here. Print or save it as a PDF and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
