namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>A test that needs LibreOffice: reported as skipped, saying why, where <c>soffice</c> is not installed (.ci/run installs it).</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Executable is null)
        {
            Skip = "LibreOffice (soffice or libreoffice) is not on the PATH; .ci/run installs libreoffice-writer-nogui.";
        }
    }
}
