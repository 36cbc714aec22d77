using Spectre.Console;

namespace ComplaintsAnalytics.Jobs.Cli;

/// <summary>A progress display for imports (file and rows read so far), on stderr so stdout stays clean.</summary>
internal static class ImportProgress
{
    public static T Run<T>(string label, Func<Action<string, long>, T> work)
    {
        T result = default!;
        VerbRunner.Errors.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(label)).IsIndeterminate();
                result = work((file, rows) => task.Description = Markup.Escape($"{file}: {rows:N0} rows read"));
                task.StopTask();
            });
        return result;
    }
}
