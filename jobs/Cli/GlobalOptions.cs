using System.CommandLine;
using ComplaintsAnalytics.Etl.Warehouse;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Warehouse { get; } = new("--warehouse")
    {
        Description = $"Warehouse file or connection string (default {WarehouseLocation.DefaultPath}, or ${WarehouseLocation.EnvironmentVariable}).",
        Recursive = true,
    };

    public static WarehouseLocation WarehouseFrom(ParseResult parse) => WarehouseLocation.Resolve(parse.GetValue(Warehouse));
}
