using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Text;

/// <summary>A piece of text with {tokens}, usable for records whose team shares a <see cref="TextContext"/> flag.</summary>
internal readonly record struct Fragment(TextContext Context, string Text)
{
    public bool Fits(TextContext context) => (Context & context) != TextContext.None;
}
