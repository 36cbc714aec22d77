using System.Globalization;
using System.Text;
using ComplaintsAnalytics.Jobs.Scheduling.Jobs;
using ComplaintsAnalytics.Jobs.Scheduling.Running;

namespace ComplaintsAnalytics.Jobs.Notifications;

/// <summary>
/// What a person needs the morning after a failed run: which job and step, why, which files, and what to do.
/// Built from file names and reasons only; complaint text never reaches a notification.
/// </summary>
internal sealed record FailureNotice(
    string Job,
    long? RunId,
    string Host,
    DateTimeOffset Started,
    int Attempt,
    string Kind,
    string? FailedStep,
    string Reason,
    IReadOnlyList<FileFailure> Files,
    string WhatToDo)
{
    public string Subject => $"ComplaintsAnalytics: {Job} failed{(FailedStep is null ? string.Empty : $" at {FailedStep}")} on {Host}";

    public static FailureNotice From(JobOutcome outcome)
    {
        var job = outcome.Request.JobName;
        var rerun = $"complaints run {job}";
        var whatToDo = outcome.Failure switch
        {
            FailureKind.Data =>
                $"Correct each file named above (or add a mapping profile to the profiles folder if it is a new layout), put it back in the inbox, then run: {rerun}. " +
                "Each refused file is in the inbox's failed/ folder with a .error.txt beside it; the other files were loaded.",
            FailureKind.Transient =>
                $"This looked temporary (a locked file, a busy warehouse or a network error) and was retried {outcome.Request.Attempt} time(s). " +
                $"Check what held it, then run: {rerun}",
            _ => $"This is not a problem with the data: the log on {JobRequest.HostName} has the details. Fix the cause, then run: {rerun}",
        };
        return new FailureNotice(job, outcome.RunId, JobRequest.HostName, outcome.Started, outcome.Request.Attempt,
            outcome.Failure is { } kind ? JobRunLog.FailureText(kind) : "error", outcome.FailedStep, outcome.Message, outcome.FailedFiles, whatToDo);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Job} failed");
        if (FailedStep is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" at step {FailedStep}");
        }

        text.Append(CultureInfo.InvariantCulture, $" (run {RunId?.ToString(CultureInfo.InvariantCulture) ?? "not recorded"}, started {Started:yyyy-MM-dd HH:mm:ss} UTC on {Host}");
        text.Append(Attempt > 0 ? string.Create(CultureInfo.InvariantCulture, $", attempt {Attempt + 1}).") : ").");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Reason ({Kind}): {Reason}");
        foreach (var file in Files)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {file.File}: {file.Reason}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"What to do: {WhatToDo}");
        return text.ToString();
    }
}
