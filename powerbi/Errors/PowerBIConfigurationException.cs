namespace ComplaintsAnalytics.PowerBI;

/// <summary>
/// Power BI or Entra ID refused our identity (401, 403, or no token): a setting or a permission is
/// wrong, and retrying will not help. The message names what to check.
/// </summary>
public sealed class PowerBIConfigurationException : Exception
{
    /// <summary>Creates the exception with a message naming the settings to check.</summary>
    public PowerBIConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message naming the settings to check and the cause.</summary>
    public PowerBIConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public PowerBIConfigurationException()
    {
    }
}
