using System.Security.Cryptography;

namespace ComplaintsAnalytics.Models;

/// <summary>SHA-256 of a text file, with CRLF read as LF so a Windows checkout hashes the same.</summary>
internal static class FileHash
{
    public static string Sha256(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var normalised = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
            {
                continue;
            }

            normalised.Add(bytes[i]);
        }

        return Convert.ToHexStringLower(SHA256.HashData(normalised.ToArray()));
    }
}
