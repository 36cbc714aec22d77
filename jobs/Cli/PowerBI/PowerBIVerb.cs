using System.CommandLine;
using ComplaintsAnalytics.PowerBI;
using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace ComplaintsAnalytics.Jobs.Cli.PowerBI;

/// <summary>
/// Runs a <c>powerbi</c> verb's body like every verb (services, a migrated warehouse), cancelled by
/// Ctrl+C, and turns what Power BI refused into one plain line and exit code 1: the messages already say
/// which setting or permission to check, and never carry a secret.
/// </summary>
internal static class PowerBIVerb
{
    public delegate Task<int> Body(ParseResult parse, IServiceProvider services, DuckDBConnection warehouse, CancellationToken cancellationToken);

    public static Command WithAction(this Command command, Body body)
    {
        command.SetAction((parse, cancellationToken) => Task.FromResult(VerbRunner.Run(
            new ParseResultWarehouse(GlobalOptions.WarehouseFrom(parse)),
            (services, warehouse) =>
            {
                try
                {
                    // Console verbs have no synchronisation context, so waiting here cannot deadlock.
                    return body(parse, services, warehouse, cancellationToken).GetAwaiter().GetResult();
                }
                catch (OptionsValidationException exception)
                {
                    throw new UserInputException(
                        $"Power BI is not set up: {string.Join(" ", exception.Failures)} See powerbi/README.md, 'Setting it up for a council'.", exception);
                }
                catch (Exception exception) when (exception is PowerBIConfigurationException or PowerBIApiException or TimeoutException)
                {
                    throw new UserInputException(exception.Message, exception);
                }
                catch (InvalidOperationException exception) when (exception.TargetSite?.DeclaringType?.Assembly == typeof(PowerBIPublisher).Assembly)
                {
                    // The client's and publisher's own refusals (a dataset to delete, a view that is not there) are meant for the user.
                    throw new UserInputException(exception.Message, exception);
                }
                catch (HttpRequestException exception)
                {
                    throw new UserInputException($"Power BI could not be reached: {exception.Message}", exception);
                }
                catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
                {
                    throw new UserInputException("Stopped. The run is recorded as failed; a refresh already started may still finish in the service.", exception);
                }
            })));
        return command;
    }
}
