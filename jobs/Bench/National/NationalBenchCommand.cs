using System.CommandLine;
using System.CommandLine.Invocation;
using ComplaintsAnalytics.Jobs.Cli;
using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Bench.National;

/// <summary>Adds <c>--national [--years N] [--councils N] [--load-only]</c> to the <c>bench</c> verb; without it the verb does what it did.</summary>
internal static class NationalBenchCommand
{
    public static void AddTo(Command bench)
    {
        var national = new Option<bool>("--national") { Description = "National simulation: every current English authority x --years of invented case records, loaded and measured." };
        var years = new Option<int>("--years") { Description = "Financial years for --national, ending 2024/25.", DefaultValueFactory = _ => 10 };
        var councils = new Option<int>("--councils") { Description = "Current authorities for --national (DfE code order; 153 is all).", DefaultValueFactory = _ => 153 };
        var loadOnly = new Option<bool>("--load-only") { Description = "With --national: measure only the case imports (full load and delta night, no themes, statistics, marts or report)." };
        bench.Options.Add(national);
        bench.Options.Add(loadOnly);
        bench.Options.Add(years);
        bench.Options.Add(councils);
        var reuse = new Option<bool>("--reuse") { Description = "With --national: skip generating and loading; re-measure themes, benchmark, marts and report on the warehouse left in --out." };
        bench.Options.Add(reuse);
        var reclassify = new Option<bool>("--reclassify-all") { Description = "With --reuse: also clear the bridge (reviewed rows kept) and time the assignment of every stage." };
        bench.Options.Add(reclassify);
        var output = bench.Options.OfType<Option<DirectoryInfo?>>().First(o => o.Name == "--out");
        var previous = (SynchronousCommandLineAction)bench.Action!;
        bench.SetAction(parse => parse.GetValue(national)
            ? Run(parse.GetValue(reuse), parse.GetValue(reclassify), new NationalSettings(parse.GetValue(years), parse.GetValue(councils), parse.GetValue(output)?.FullName ?? "bench-output", LoadOnly: parse.GetValue(loadOnly)))
            : previous.Invoke(parse));
    }

    private static int Run(bool reuse, bool reclassifyAll, NationalSettings settings)
    {
        try
        {
            return reuse
                ? NationalRemeasure.Run(settings, AnsiConsole.Console, reclassifyAll)
                : NationalBenchmark.Run(settings, AnsiConsole.Console);
        }
        catch (UserInputException ex)
        {
            // Run from outside the repository, or --reuse with nothing to reuse: one plain line, as every verb gives.
            VerbRunner.WriteError(ex.Message);
            return 1;
        }
    }
}
