using System.Net.Sockets;
using ComplaintsAnalytics.Etl.Spreadsheets;
using ComplaintsAnalytics.Etl.Warehouse;
using ComplaintsAnalytics.Jobs.Scheduling.Locking;
using ComplaintsAnalytics.Jobs.Scheduling.Running;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling;

public sealed class FailureClassifierTests
{
    public static TheoryData<Exception, string> Cases() => new()
    {
        { new IOException("cases.xlsx is still open in another program"), nameof(FailureKind.Transient) },
        { new WarehouseBusyException("in use"), nameof(FailureKind.Transient) },
        { new HttpRequestException("connection refused"), nameof(FailureKind.Transient) },
        { new SocketException(), nameof(FailureKind.Transient) },
        { new TimeoutException(), nameof(FailureKind.Transient) },
        { new FileRefusedException("cases.csv: required column(s) missing: 'stage'."), nameof(FailureKind.Data) },
        { new FileNotFoundException("gone"), nameof(FailureKind.Error) },
        { new WarehouseUnavailableException("This build loads into the embedded DuckDB warehouse only."), nameof(FailureKind.Error) },
        { new JobSetupException("The inbox folder does not exist."), nameof(FailureKind.Error) },
        { new InvalidOperationException("Row accounting does not balance"), nameof(FailureKind.Error) },
        { new OperationCanceledException(), nameof(FailureKind.Error) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_conditions_that_can_clear_by_themselves_are_retried(Exception exception, string expected) =>
        Assert.Equal(expected, FailureClassifier.Classify(exception, CancellationToken.None).ToString());

    [Fact]
    public void A_cancellation_the_host_asked_for_is_a_cancellation_not_a_failure()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.Equal(FailureKind.Cancelled, FailureClassifier.Classify(new TaskCanceledException(), stop.Token));
    }
}
