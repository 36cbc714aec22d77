using System.CommandLine;
using ComplaintsAnalytics.Etl.Authorities;
using ComplaintsAnalytics.Etl.BenchmarkReturns;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.CinCensus;
using ComplaintsAnalytics.Etl.Ombudsman;
using ComplaintsAnalytics.Etl.Sen2;
using ComplaintsAnalytics.Etl.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAnalytics.Jobs.Cli.Benchmark;

/// <summary>The benchmarking subcommands of <c>import</c>: public statistics, published figures and neighbours.</summary>
internal static class BenchmarkImports
{
    public static void AddTo(Command import)
    {
        import.Subcommands.Add(Statistics("cin", "Load DfE's Children in need referrals table (c1) or ONS child population estimates (CSV).", () => new CinReferralsParser()));
        import.Subcommands.Add(Statistics("cin-census", "Load the council's own CIN census return (XML): referrals in the financial year.", () => new CinCensusParser()));
        import.Subcommands.Add(Statistics("sen2", "Load a DfE Education, health and care plans table (CSV): plans, new plans, 20-week timeliness or requests.", () => new Sen2Parser()));
        import.Subcommands.Add(Statistics("lgsco", "Load the Ombudsman's annual review data (xlsx): complaints, decisions, investigations, upheld.", () => new LgscoParser()));
        import.Subcommands.Add(Statistics("returns", "Load published figures in the benchmark-returns format (CSV).", () => new ReturnsParser()));
        import.Subcommands.Add(Neighbours());
    }

    private static Command Statistics(string name, string description, Func<IStatisticsParser> parser)
    {
        var files = new Argument<FileInfo[]>("file") { Description = "The file(s) to load, each in its own run.", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Load a file even if the same content was loaded before." };
        var command = new Command(name, description) { files, force };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var loader = ActivatorUtilities.CreateInstance<StatisticsLoader>(services);
            var results = new List<ImportResult>();
            foreach (var file in parse.GetValue(files)!)
            {
                results.Add(ImportProgress.Run(file.Name, _ => loader.Import(connection, file.FullName, parser(), parse.GetValue(force))));
            }

            ImportSummary.Write(results);
            return 0;
        }));
        return command;
    }

    private static Command Neighbours()
    {
        var file = new Argument<FileInfo>("file") { Description = "DfE's statistical neighbours model in its wide layout (sn_model_YYYY_wide.csv)." };
        var model = new Option<string?>("--model") { Description = "The model's label (default: the year in the file name)." };
        var force = new Option<bool>("--force") { Description = "Load the file even if the same content was loaded before." };
        var command = new Command("neighbours", "Load a DfE statistical neighbours model; the benchmark compares each council with its latest model.") { file, model, force };
        command.SetAction(parse => VerbRunner.Run(new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)), (services, connection) =>
        {
            var import = ActivatorUtilities.CreateInstance<NeighbourImport>(services);
            var path = parse.GetValue(file)!.FullName;
            var result = ImportProgress.Run(Path.GetFileName(path), _ => import.Import(connection, path, parse.GetValue(model), parse.GetValue(force)));
            ImportSummary.Write([result]);
            return 0;
        }));
        return command;
    }
}
