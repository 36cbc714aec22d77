namespace ComplaintsAnalytics.PowerBI.Tests;

/// <summary>One HTTP attempt as the client sent it, stamped with the virtual clock.</summary>
internal sealed record SentRequest(string Method, string PathAndQuery, DateTimeOffset At);
