; Inno Setup 6 script: a per-user installer (no administrator rights) for the PyInstaller bundle.
; Built by packaging/build.py --installer, which passes the version from pyproject.toml:
;   iscc /DAppVersion=<version> /DSourceDir=<repo>\dist\medsender-desktop /DOutputDir=<repo>\dist packaging\windows\medsender-desktop.iss
; Checked against the Inno Setup help: [Setup] PrivilegesRequired, [Registry] (HKA + Software\Classes
; instead of HKCR), [Icons], [Run], [UninstallDelete] and the ISCC command line (/D).
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging/build.py does, from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\medsender-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Medsender Desktop"
#define AppExe "medsender-desktop.exe"

[Setup]
AppId={{6F1E0C2B-8E55-4C57-9D0B-3C1C8B1F5A21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Medsender
VersionInfoVersion={#AppVersion}
; per user: installs under %LOCALAPPDATA%\Programs, writes only HKCU, never asks for elevation
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=MedsenderDesktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\resources\licenses\NOTICE.txt
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (sandbox demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--sandbox"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; "Send with Medsender Desktop" on a PDF's right-click menu (this user only); the file is passed on
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\MedsenderDesktop.Send"; ValueType: string; ValueName: ""; ValueData: "Send with Medsender Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\MedsenderDesktop.Send"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\MedsenderDesktop.Send\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --send ""%1"""

[Run]
; the installed copy checks itself (keyring, pdfium, TIFF plugin, printing, a sandbox send) first
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; StatusMsg: "Checking that Medsender Desktop can run on this computer..."; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: postinstall nowait skipifsilent

[UninstallDelete]
; only what the installer itself put there; the user's faxes, settings and keys are left alone
Type: filesandordirs; Name: "{app}\_internal"
