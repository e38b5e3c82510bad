; Inno Setup script: the Windows installer of the folder PyInstaller builds from
; packaging/rmdesk.spec (dist\rmdesk\). UNTESTED: built only by .github/workflows/release.yml,
; which has never run. Per user, no administrator rights: installs into the user's programs.
; ISCC.exe /DAppVersion=0.1.0 packaging\rmdesk.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F2B7C1E-5A0D-4C39-9E57-2B1C8D0A4E11}
AppName=rmdesk
AppVersion={#AppVersion}
AppPublisher=rmdesk
DefaultDirName={autopf}\rmdesk
DefaultGroupName=rmdesk
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=rmdesk-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\dist\rmdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\rmdesk"; Filename: "{app}\rmdesk.exe"
Name: "{userdesktop}\rmdesk"; Filename: "{app}\rmdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\rmdesk.exe"; Description: "{cm:LaunchProgram,rmdesk}"; Flags: nowait postinstall skipifsilent
