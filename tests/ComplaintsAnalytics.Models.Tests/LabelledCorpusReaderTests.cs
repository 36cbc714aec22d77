namespace ComplaintsAnalytics.Models.Tests;

public sealed class LabelledCorpusReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Quoted_fields_with_commas_and_line_breaks_are_read_whole()
    {
        var path = _temp.Write("ok.csv",
            "id,text,themes\n1,\"Late, again.\nStill no plan\",delay; plans\n2,Rude SW,CONDUCT\n");

        var rows = LabelledCorpusReader.Read(path);

        Assert.Equal(2, rows.Count);
        Assert.Equal("Late, again.\nStill no plan", rows[0].Text);
        Assert.Equal(["delay", "plans"], rows[0].Themes);
        Assert.Equal(["conduct"], rows[1].Themes);
        Assert.Equal(2, rows[1].Row);
    }

    [Fact]
    public void A_file_without_a_themes_column_names_the_file_and_the_missing_column()
    {
        var path = _temp.Write("no-themes.csv", "text,label\nhello,delay\n");

        var error = Assert.Throws<CorpusFormatException>(() => LabelledCorpusReader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Null(error.Row);
        Assert.Contains("no-themes.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("'themes' column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_text_column_is_rejected()
    {
        var path = _temp.Write("no-text.csv", "summary,themes\nhello,delay\n");

        var error = Assert.Throws<CorpusFormatException>(() => LabelledCorpusReader.Read(path));

        Assert.Contains("'text' column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_theme_code_names_the_file_the_row_and_the_code()
    {
        var path = _temp.Write("bad-code.csv", "text,themes\nfine,delay\nnot fine,delay;money\n");

        var error = Assert.Throws<CorpusFormatException>(() => LabelledCorpusReader.Read(path));

        Assert.Equal(2, error.Row);
        Assert.Contains("bad-code.csv, row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown theme code 'money'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_theme_or_text_is_rejected_with_its_row()
    {
        var noTheme = _temp.Write("no-theme.csv", "text,themes\nsomething,\n");
        var noText = _temp.Write("no-text-value.csv", "text,themes\n,delay\n");

        Assert.Contains("row 1: no theme code", Assert.Throws<CorpusFormatException>(() => LabelledCorpusReader.Read(noTheme)).Message, StringComparison.Ordinal);
        Assert.Contains("row 1: the text is empty", Assert.Throws<CorpusFormatException>(() => LabelledCorpusReader.Read(noText)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_corpus_format_error_naming_it()
    {
        var path = Path.Combine(_temp.Path, "absent.csv");

        var error = Assert.Throws<CorpusFormatException>(() => LabelledCorpusReader.Read(path));

        Assert.Contains("absent.csv", error.Message, StringComparison.Ordinal);
    }
}
