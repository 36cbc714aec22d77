namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>One way of telling people about a failure.</summary>
internal interface IFailureChannel
{
    string Name { get; }

    bool IsConfigured { get; }

    Task SendAsync(FailureNotice notice, CancellationToken cancellationToken);
}
