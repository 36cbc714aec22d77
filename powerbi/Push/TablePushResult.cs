namespace ComplaintsAnalytics.PowerBI;

/// <summary>What a table replace sent.</summary>
/// <param name="Table">Table name.</param>
/// <param name="Rows">Rows posted.</param>
/// <param name="Requests">POST rows requests sent.</param>
/// <param name="TruncatedValues">String values cut to 4,000 characters.</param>
/// <param name="Throttled">Time spent waiting for the rate limits.</param>
public sealed record TablePushResult(string Table, long Rows, int Requests, int TruncatedValues, TimeSpan Throttled);
