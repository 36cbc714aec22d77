using ComplaintsAnalytics.DemoData.Export;

// Regenerates the shipped demo export: dotnet run --project tools/DemoData -- --out demo
// Prints the counts that demo/README.md quotes.
var output = "demo";
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "--out" or "-o" && i + 1 < args.Length)
    {
        output = args[++i];
    }
    else if (args[i] is "--help" or "-h")
    {
        Console.WriteLine("Usage: dotnet run --project tools/DemoData -- --out <folder>   (writes <folder>/inbox/northbrook-complaints-export.xlsx)");
        return 0;
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: --out <folder>");
        return 2;
    }
}

var rows = DemoExport.Write(output);
Console.WriteLine($"Wrote {Path.Combine(output, "inbox", DemoExport.FileName)}: {rows.Count} data rows.");
Console.WriteLine();
Console.WriteLine(ExportSummary.Render(rows));
return 0;
