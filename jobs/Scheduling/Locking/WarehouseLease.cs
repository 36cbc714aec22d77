namespace ComplaintsAnalytics.Jobs.Scheduling.Locking;

/// <summary>The warehouse, held by one run until disposed.</summary>
internal sealed class WarehouseLease(FileStream lockFile, string holderFile) : IDisposable
{
    public void Dispose()
    {
        try
        {
            File.Delete(holderFile);
        }
        catch (IOException)
        {
            // Only a description for people; the lock itself is the open file below.
        }

        // The lock file is never deleted: a process waiting on it would lock a file that no longer has a
        // name, beside a new one another process creates, and two runs would hold "the" lock at once.
        lockFile.Dispose();
    }
}
