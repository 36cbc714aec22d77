# Installs the ComplaintsAnalytics scheduler host (complaints serve) as a Windows service.
# Run in an elevated PowerShell after: dotnet publish jobs -c Release -r win-x64 -o C:\ComplaintsAnalytics
# Secrets (webhook URL, SMTP password, SQL Server job store connection string) go in the service's
# environment (registry value Environment, below), never in appsettings.json.
param(
    [string]$InstallDir = 'C:\ComplaintsAnalytics',
    [string]$DataDir = 'D:\ComplaintsData',
    [string]$ServiceAccount = 'NT SERVICE\ComplaintsAnalytics'
)

$exe = Join-Path $InstallDir 'complaints.exe'
New-Item -ItemType Directory -Force -Path (Join-Path $DataDir 'inbox') | Out-Null
New-Service -Name 'ComplaintsAnalytics' -DisplayName 'ComplaintsAnalytics scheduler' `
    -Description 'Nightly children''s services complaints warehouse refresh (complaints serve).' `
    -BinaryPathName "`"$exe`" serve --warehouse `"$(Join-Path $DataDir 'warehouse.duckdb')`"" `
    -StartupType Automatic

# The service runs with its install folder as the working folder; point the inbox at the data folder.
$environment = @(
    "COMPLAINTS_Inbox__InboxPath=$(Join-Path $DataDir 'inbox')",
    "COMPLAINTS_Inbox__ProfilesPath=$(Join-Path $InstallDir 'profiles')"
)
Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\ComplaintsAnalytics' -Name Environment -Type MultiString -Value $environment

# Restart after a crash, thirty seconds later.
sc.exe failure ComplaintsAnalytics reset= 86400 actions= restart/30000/restart/30000/restart/30000 | Out-Null
sc.exe config ComplaintsAnalytics obj= $ServiceAccount | Out-Null
icacls $DataDir /grant "${ServiceAccount}:(OI)(CI)M" | Out-Null
Start-Service ComplaintsAnalytics
