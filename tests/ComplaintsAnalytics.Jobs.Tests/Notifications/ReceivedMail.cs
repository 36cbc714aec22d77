using System.Text;

namespace ComplaintsAnalytics.Jobs.Tests.Notifications;

/// <summary>One message the loopback sink accepted: envelope sender and recipients, and the raw message (headers and body).</summary>
internal sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data)
{
    public string Header(string name) =>
        Data.Split("\r\n\r\n", 2)[0].ReplaceLineEndings("\n").Split('\n')
            .FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? string.Empty;

    /// <summary>The body, decoded from the transfer encoding System.Net.Mail chose.</summary>
    public string Body
    {
        get
        {
            var raw = Data.ReplaceLineEndings("\n").Split("\n\n", 2)[1];
            return Header("Content-Transfer-Encoding").ToLowerInvariant() switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(raw.Replace("\n", string.Empty, StringComparison.Ordinal))),
                "quoted-printable" => QuotedPrintable(raw),
                _ => raw,
            };
        }
    }

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
