using ComplaintsAnalytics.Jobs.Cli;

TerminalSetup.Apply();

return await CommandLine.Build().Parse(args).InvokeAsync();
