<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;b&gt;Medsender Desktop&lt;/b&gt; {version}&lt;br&gt;Send and receive faxes with Medsender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>===== {name} ===== (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Medsender Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a component to read its license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No license text was shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6) are used under the GNU LGPL version 3: they are the unmodified shared libraries in the program folder, which you may replace with your own builds of the same version. Their source code is available from the Qt Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityCanvas</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax activity, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {sent} sent, {failed} failed, {received} received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>(only the faxes the filters show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>the chart was shown (True) or folded away (False)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest day: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {count} days: {sent} faxes sent, {failed} failed, {received} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the activity chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {contact} from the address book?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n contact to {file}.</numerusform>
            <numerusform>Exported %n contacts to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {contact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, offices, notes or numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiDetails</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiQueue</name>
    <message>
        <source>Queue of documents being analyzed</source>
        <extracomment>entry id entry id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiQueueRow</name>
    <message>
        <source>Not analyzed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {file} from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>entry id entry id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: {sent} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiResults</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiTab</name>
    <message>
        <source>AI results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze PDF, TIFF, PNG or JPG files (several at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose documents to analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <extracomment>[file for New fax], patient name, DOB (ISO) or &quot;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF, TIFF, PNG or JPG files here to analyze them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export AI results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax this document, with its patient filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this result and its document copy from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this result and its document copy from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every result in the list as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results (file, patient, type…)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result and click Open document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see what the AI read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this result&apos;s document beside the list (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: the AI runs on your Medsender account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s summary of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} results saved to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Signing in to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox profile is set up by the app each time it starts, with practice data and its own keys, so there is nothing to edit. To use your clinic&apos;s Medsender account, choose Add profile… and enter its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store, so keys cannot be saved. Install and unlock GNOME Keyring or KWallet (Linux), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Checking Medsender regularly (no live updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: connecting…</source>
        <extracomment>The relay brings Medsender&apos;s news the moment it happens (&quot;live updates&quot;); without it the app asks Medsender regularly.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: off (checking Medsender regularly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <extracomment>no payload: the outbox count was clicked (show the outbox)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (test data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outbox: each fax not yet handed to Medsender, with Cancel and Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} scheduled, the next for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>3 digits, e.g. 415</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code of the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the client, e.g. the site&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the new number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its live updates go to our relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates not set: the app checks for updates itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {number} here (now: {client})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client {name} was created, but not its new number: {reason} Press Create to try the number again, or Cancel to keep the client without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Family Medicine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client (a site of the practice), with a fax number if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this client another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: give it one in the Numbers tab (Change…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients (name, number…)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a client to see its numbers, rename it or see the faxes it received.</source>
        <extracomment>client id: show the faxes that arrived for it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show received faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Received tab, showing only the faxes that arrived for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s fax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was created, with the new number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposePages</name>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <extracomment>no payload: the first page of the fax is on screen the fax&apos;s page count now no payload: every file added so far is read and checked the first file&apos;s first page, drawn on the worker from the moment it was dropped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more pages from other PDF or TIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pages from PDF or TIFF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the document to send: drop a PDF or TIFF file here or click Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF or TIFF files here, or click Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page was removed. Add files to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected page out of the fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected page one place earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected page one place later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pages, or send the rest as a second fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment: the document is still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} (checking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} from {files} files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. (212) 555-0199</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <source>Cover page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cover page: only the document&apos;s pages are faxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover page appears here.</source>
        <extracomment>Shown where the access code goes: Medsender assigns the real one when the fax is sent. no payload: the preview shows the latest fields the cover sheet last drawn (a one-page PDF)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first page the recipient receives. Medsender fills in the access code when the fax is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender Desktop ran into a problem it did not expect. Your faxes are safe, and you can keep working.

If this happens again, click Copy report and paste it into an e-mail to your IT support. The report says where the problem happened; it contains no patient information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender Desktop — {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY, e.g. 02/28/1980</source>
        <extracomment>the text as typed or picked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date of birth from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogFactory</name>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Click Copy link, then paste the link into your browser&apos;s address bar. The link works for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryModels</name>
    <message>
        <source>Another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the app checks for updates itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Fetch the list from Medsender again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>the records just loaded (list[FaxNumber] or list[Client]) no payload: a number or client was added or changed here</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <extracomment>zero-based index of the page now on screen True when a document is shown, False when cleared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fax to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaxFields</name>
    <message>
        <source>Fax number or name, e.g. (212) 555-0199; several separated by ;</source>
        <extracomment>no payload: any field was edited</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number, e.g. (212) 555-0199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s fax numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient DOB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to at most {most} numbers at once ({typed} are typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number it was received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient gets only the access-code cover sheet: they view the document online with its web address and code. The document itself is not faxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient gets the access-code cover sheet, then the document. The sheet&apos;s web address and code also let them view the record online for 30 days.</source>
        <extracomment>Up to this many numbers in one send (each gets its own fax, grouped in the Sent tab). What each choice means for the person receiving the fax, in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient gets the document&apos;s pages only: no cover sheet, no patient details on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no fax number to send from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaxNumberTableModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <extracomment>no payload: read the values with values() no payload</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <source>A document saved in the watched folder is in New fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document saved in the watched folder is waiting: it opens in its own New fax once the fax being written is sent or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched folder is available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watched folder {folder} cannot be found: it was moved or deleted, or its drive is disconnected. Documents saved there open in New fax again once it is back; or choose another folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s account may not open the watched folder {folder}. Ask whoever looks after this computer for access, or choose another folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder not readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the fax from {source} ({pages}) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the fax from {source} to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax in the outbox: uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax not delivered: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax scheduled for {time}: it waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists updated at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender Desktop — {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fax received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fax received: {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the lists now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this tab (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mail sent to {address}: its status updates in the Sent tab by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a document as a secure e-mail link (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new fax (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>id of the profile picked in the switcher no payload: add a profile (sign in) no payload: open Settings (the profile in use, notifications…) no payload: the window was closed (the app quits) no payload: the New fax dialog closed (sent, held or cancelled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Medsender: the status updates here by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to send the document(s) you opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faxes being sent: progress, delivery timeline, Cancel and Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and offices you fax: add, edit, import, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, and the licenses of the bundled components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s keys and relay, notifications, the watched folder, light or dark (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} faxes in the outbox, one per number: uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages}. Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFaxDialog</name>
    <message>
        <source>Add the document to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the cover sheet, or click Send anyway if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop more files on this window to add their pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fax</source>
        <extracomment>why Send is disabled (&quot;&quot; when it is enabled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pages, or send the rest as a second fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s fax numbers could not be loaded. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Medsender Desktop</source>
        <extracomment>token of the record the clicked notification was about no payload: the tray menu&apos;s Show window (or a tray click) no payload: the tray menu&apos;s New fax no payload: the tray menu&apos;s Quit True while notifications are paused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>3 digits, e.g. 415</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your new number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender sends the news, patient details included, to that server. Use only a server your practice runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New faxes and delivery news reach this app within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the app checks for updates itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our relay (this app hears at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app asks Medsender for news every few seconds; no other server receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://updates.example-clinic.org/medsender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>1 fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server gets the news; this app asks Medsender itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where this number&apos;s live updates go, or its client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this number, to paste it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new fax number in the area code you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates for {number} now go to our relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New faxes and their news reach this app within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New faxes on this number and their news then reach this app within seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search numbers (number, client…)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a number to see where its live updates go and to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this number&apos;s live updates to our relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app asks Medsender for news every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new number {number} is ready: it can send and receive faxes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fax numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Its live updates already go to our relay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline — showing the lists saved on this computer. They update again as soon as Medsender can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>no payload: the user asked to reconnect now</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to Medsender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over; delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over; not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for {time}</source>
        <extracomment>0..1000 while uploading, else None</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network (next try {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Cancel fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the fax to {who}? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the fax to {who} will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send this fax (only before its upload starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faxes in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>redraw &quot;scheduled&quot;/&quot;next try&quot; words as times pass</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the fax to {who} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax to {who} can no longer be cancelled: its upload has already started, so Medsender may have it. Follow it in the Sent tab once it is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faxes this computer sends: a fax waits here until Medsender has it, then its delivery is followed. One that has not started uploading can still be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload this fax now instead of at its time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageStripModel</name>
    <message>
        <source>Page {number}</source>
        <extracomment>Pages rendered per worker job: short jobs, so a page the user asks for is never far behind. Default memory budget of the thumbnail cache (a 110-px Letter thumbnail is ~37 KB). how many thumbnails the last batch added</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCheck</name>
    <message>
        <source>Checking which patient the document is about…</source>
        <extracomment>the DocumentPatient read from the document the wrong-patient warning (&quot;&quot; when none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient name was found in the document; check it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names {patient}, date of birth {dob}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names {patient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient check could not run. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Medsender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>API key + client secret (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key only (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this profile (e.g. the practice&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret (or choose the &apos;API key only&apos; sign-in method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the relay token, or leave the relay address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s secure password store, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay brings Medsender&apos;s news (a fax delivered, a fax arrived) the moment it happens. Your IT staff set it up and give you its address and token; without one the app checks Medsender regularly. The token is kept in this computer&apos;s secure password store, never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main Street Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. https://relay.example-clinic.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax this document on to another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter, double-click or click Open to see this fax (it is then marked as read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fax as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this fax as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search received faxes (caller, number, patient…)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fax in the list, then press Enter or double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this fax as a secure e-mail link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide every detail of this fax under the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this fax and mark it as read (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this fax as new again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this fax as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax is on its way. Follow it in the Sent tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fax could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <extracomment>send token of the fax now shown in the viewer received faxes not opened yet EmailSource: send this fax as a secure e-mail link</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientCompleter</name>
    <message>
        <source>No fax has been sent to {numbers} from this computer before. Check the number digit by digit before sending.</source>
        <extracomment>the Contact picked from the suggestions how many suggestions the last search found the warning for unknown numbers (&quot;&quot; when none)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Filters</source>
        <extracomment>the search hid the record asked for: clear the search rather than fail to select it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureEmailDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of fewer than 200 pages and under 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the document: drop a PDF here or click Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the document to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name: the recipient sees who sent the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (your name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link works for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link works for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet: drop a PDF here or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF files can be sent by secure e-mail. Save the document as a PDF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to e-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a secure e-mail link</source>
        <extracomment>send(document PDF bytes, file name, what was typed); raises MedsenderError on a refusal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has too many pages: a secure e-mail takes fewer than 200. Split it and send it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is still being checked: a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax was not delivered: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Check it still exists, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: a secure e-mail takes files under 20 MB. Split it or scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient gets an e-mail with a secure link to the document; the link works for the number of days below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address: check it looks like name@example.com, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address: check it looks like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the recipient&apos;s replies go, e.g. frontdesk@yourclinic.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Referral for your patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. records@northgate-cardiology.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{pages} page(s), {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Keep the fax in the outbox and send it at the time chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send later</source>
        <extracomment>while ticked, the chosen time is checked again as the clock moves first offered: the next full hour at least this far ahead no payload: ticked, unticked, another time, or the clock moved on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax waits in the outbox until then. Keep Medsender Desktop running: if it is closed, the fax goes when it starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time, or untick Send later to send the fax now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentFollowUpPanel</name>
    <message>
        <source>Delivery timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>the new outbox entry&apos;s id after Retry the document that was sent (PDF bytes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this fax again: same document, same fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again: the new fax is in the outbox and appears in this list once Medsender has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sent document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a fresh secure link to the record (valid for 5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied: paste it where it is needed within 5 minutes, then it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender did not provide a secure link for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open secure link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record online (a fresh link, valid for 5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient DOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sent faxes and e-mails (name, number, address, status…)  Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sent fax or e-mail to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this fax&apos;s document as a secure e-mail link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every record, only faxes, or only secure e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fax&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>SentFax | Email now in the detail pane, or None records still queued or sending EmailSource: send a fax&apos;s document as a secure e-mail a short note for the status bar (e.g. &quot;Link copied&quot;) what the Show list offers, in its order: every record, faxes, secure e-mails</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentTableModel</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folder to watch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a full folder path, e.g. C:\Users\Front desk\Scans or /home/frontdesk/Scans, or use Choose….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to watch, or turn the watched folder off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours change at once; a new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: use Add profile… to sign in to Medsender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications appear beside the clock, never with patient details. The status bar says the same while the window is open. The tray icon&apos;s menu can pause them for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new fax for PDF and TIFF files saved into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your practice software&apos;s &quot;Print to PDF&quot; or scanner at this folder: each PDF or TIFF saved there opens the New fax window with it, once it is completely written. Files already in the folder, and temporary files, are left alone; nothing is moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to watch cannot be found. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to watch does not answer (a network folder may be offline). Check the connection or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a new fax arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a sent fax could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Correct what is marked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender did not accept what is marked above. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Medsender Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last faxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>The date of birth is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of birth as month/day/year, e.g. {example} (the month first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of birth as month/day/year, e.g. {example}, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Access-code cover sheet, then the document</source>
        <extracomment>What goes down the line (the API&apos;s documentType).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be viewed online</source>
        <extracomment>Whether the record can still be viewed online with the cover sheet&apos;s code (recordStatus).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be viewed online (archived: hidden from the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can no longer be viewed online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>a delivered secure e-mail whose link the recipient has opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: practice data, nothing was really faxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access-code cover sheet is a first page with a web address and a code: the recipient can use them to view the record online, securely, for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access-code cover sheet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Whether Medsender&apos;s live update about a fax reached this app&apos;s relay (&quot;callback&quot; in the API).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Choose what to change: where live updates go, or the client.</source>
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
        <source>Date of birth</source>
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
        <source>Enter the address for live updates, e.g. https://updates.example-clinic.org/medsender.</source>
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
        <source>Medsender AI could not read this document. Check that it is a readable scan or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medsender AI has not answered for 10 minutes. Click Retry to send the document again.</source>
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
        <source>No longer held: it goes out at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so Medsender Desktop cannot keep faxes waiting to be sent in encrypted form. On Windows and macOS the system keychain is used; on Linux, install and unlock GNOME Keyring or KWallet, then sign in again.</source>
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
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of a fax that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a patient&apos;s records under another patient&apos;s name is a privacy breach.</source>
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
        <source>That address for live updates is not valid.</source>
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
        <source>The app was closed before this document was uploaded. Click Retry to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code is 3 digits and does not start with 0 or 1, e.g. 415.</source>
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
        <source>The copy of this fax&apos;s document kept on this computer cannot be read: it is damaged, or was kept with a key this computer no longer has. Send it again from the original file.</source>
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
        <source>The document is no longer on the relay (it may have expired). Open it from the Received tab instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is no longer on this computer; choose the file again.</source>
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
        <source>The relay answered with an error (HTTP {status_code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not be reached to fetch the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not be reached, or it refused the relay token. Check the relay address and token (faxes still update, just less quickly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not provide the document (HTTP {status_code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not accept this desktop&apos;s relay token. Check it in this profile (Edit profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is reachable and accepts this desktop&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a message this desktop cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent an answer this desktop cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent an event this desktop cannot read.</source>
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
        <source>The {what} cannot be read (check the port number after the colon and any brackets). Enter it like https://example.org/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} is too long ({limit} characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} must not contain a user name or password (the part before @). Remove it and enter only the address.</source>
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
        <source>This fax is no longer waiting: it is already being sent, has been sent or was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fax was kept encrypted with a key this computer no longer has (the system keychain lost it, or it was a key for one session only because no secure keychain was available), so it cannot be read or sent. Send it again from the original document.</source>
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
        <source>a page directory at {offset} is past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to store {path}{key} in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document gives the date of birth {dob}, the cover sheet {cover_dob}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is about {name}, but the cover sheet says {cover_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page chain loops back to offset {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page directory at {offset} runs past the end of the file</source>
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
        <source>{skipped} rows skipped (rows {rows}{more}: no valid fax number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Only {accepted} files can be used here. Print or save it as a PDF and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected (or, when printing to a file, that the folder can be written to), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>record_details</name>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to {to} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax from {caller} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax to {to} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online access until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient DOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times viewed online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>The outbox timeline&apos;s events (services/sent_followup.py writes &quot;&lt;when&gt; &lt;Kind&gt;: &lt;detail&gt;&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
