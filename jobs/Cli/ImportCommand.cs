using System.CommandLine;
using ComplaintsAnalytics.Etl.CaseSystem;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary><c>import cases &lt;file&gt;</c>: load one case-system export.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Load a source file into the warehouse.");
        var file = new Argument<FileInfo>("file") { Description = "The export: .xlsx, .xls or .csv." };
        var profile = new Option<FileInfo?>("--profile") { Description = "Mapping profile (JSON) for this council's column names and values." };
        var force = new Option<bool>("--force") { Description = "Load the file even if the same content was loaded before." };
        var cases = new Command("cases", "Load a case-system export of complaints and other representations.") { file, profile, force };
        cases.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var mapping = parse.GetValue(profile) is { } p ? MappingProfile.Load(p.FullName) : MappingProfile.Canonical;
            var path = parse.GetValue(file)!.FullName;
            var name = Path.GetFileName(path);
            var result = ImportProgress.Run(name, report => services.GetRequiredService<CaseImport>()
                .Import(connection, new CaseImportRequest(path, mapping, parse.GetValue(force)), new Progress<long>(rows => report(name, rows))));
            ImportSummary.Write([result]);
            Themes.ThemeAssignmentStep.Run(services, connection, result.RunId);
            return 0;
        }));
        import.Subcommands.Add(cases);
        Benchmark.BenchmarkImports.AddTo(import);
        return import;
    }
}
