using System.Diagnostics;

namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>Converts a document to PDF with LibreOffice in headless mode, as a complaints manager's machine would open it.</summary>
public static class LibreOffice
{
    public static string? Executable { get; } = Find();

    /// <summary>Converts <paramref name="path"/> into <paramref name="folder"/> and returns the PDF's path.</summary>
    public static string ConvertToPdf(string path, string folder)
    {
        // Its own profile folder, so a LibreOffice already open on the machine (or another test) does not take the conversion over.
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(Executable!)
        {
            ArgumentList = { $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"LibreOffice did not convert {path} within 3 minutes.");
        }

        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".pdf");
        Assert.True(process.ExitCode == 0 && File.Exists(pdf),
            $"LibreOffice could not convert {Path.GetFileName(path)} (exit {process.ExitCode}): {output.Result} {errors.Result}");
        return pdf;
    }

    private static string? Find() =>
        new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
}
