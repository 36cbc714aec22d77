using System.Diagnostics;

namespace ComplaintsAnalytics.Jobs.Tests.Scheduling.Support;

/// <summary>
/// The real <c>complaints serve</c> host in a process of its own, configured through COMPLAINTS_ environment
/// variables as a service would be, with its log (stderr) collected line by line for the test to wait on.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private ServeProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Log
    {
        get
        {
            lock (_lines)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    public static ServeProcess Start(string workingDirectory, string warehouse, IReadOnlyDictionary<string, string> settings) =>
        new(Process.Start(StartInfo(workingDirectory, ["serve", "--warehouse", warehouse], settings))!);

    /// <summary>Runs another verb with the same settings, to the end.</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, settings))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"complaints {string.Join(' ', args)} did not finish in 3 minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Waits until the log has <paramref name="count"/> lines containing <paramref name="text"/>.</summary>
    public void WaitFor(string text, TimeSpan timeout, int count = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count(text) < count)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"serve exited ({_process.ExitCode}) before logging \"{text}\":{Environment.NewLine}{Log}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"serve did not log \"{text}\" {count} time(s) in {timeout.TotalSeconds:F0} s:{Environment.NewLine}{Log}");
            }

            Thread.Sleep(100);
        }
    }

    public int Count(string text)
    {
        lock (_lines)
        {
            return _lines.Count(l => l.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Sends SIGTERM, as systemd does to stop a service, and returns the exit code.</summary>
    public int Terminate(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"serve did not stop within {timeout.TotalSeconds:F0} s of SIGTERM:{Environment.NewLine}{Log}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, string[] args, IReadOnlyDictionary<string, string> settings)
    {
        var info = ComplaintsCli.StartInfo(workingDirectory, args);
        foreach (var (key, value) in settings)
        {
            info.Environment["COMPLAINTS_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return info;
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
