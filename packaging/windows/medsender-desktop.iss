; Inno Setup script: installs the PyInstaller one-dir bundle per user (no admin rights needed).
;   pyinstaller --noconfirm --clean packaging\medsender-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\medsender-desktop.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
[Setup]
AppId={{6F1E0C2B-8E55-4C57-9D0B-3C1C8B1F5A21}
AppName=Medsender Desktop
AppVersion={#AppVersion}
AppPublisher=Medsender
DefaultDirName={localappdata}\Programs\Medsender Desktop
DefaultGroupName=Medsender Desktop
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=MedsenderDesktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Files]
Source: "..\..\dist\Medsender Desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Medsender Desktop"; Filename: "{app}\Medsender Desktop.exe"
Name: "{userdesktop}\Medsender Desktop"; Filename: "{app}\Medsender Desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
; the installed build checks itself (keyring, pdfium, TIFF plugin, main window) before first start
Filename: "{app}\Medsender Desktop.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated
Filename: "{app}\Medsender Desktop.exe"; Parameters: "--sandbox"; Description: "Start Medsender Desktop (sandbox)"; Flags: postinstall nowait skipifsilent
