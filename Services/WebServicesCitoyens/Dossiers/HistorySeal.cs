using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Dapper;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// The platform's seal on the head of a dossier's hash chain (migration 0017). The chain alone has no
/// secret: whoever can write to the store and knows <see cref="HistoryChain"/> can rewrite a tail with
/// recomputed hashes, or delete the last events. The head (dossier number, last sequence, last hash) is
/// therefore signed, RSA-SHA256 PKCS #1 v1.5, with <see cref="PlatformCertificate"/>'s key, in the
/// transaction of every append; the verifier checks it with the published certificate only. The signed
/// bytes are the length-prefixed encoding of the chain (<see cref="Format"/>, number, sequence, hash).
/// </summary>
public sealed class HistorySeal(Func<PlatformCertificate> certificate)
{
    public const string Format = "wsc-history-seal/1";

    public HistorySeal(PlatformCertificate certificate) : this(() => certificate) { }

    /// <summary>The bytes signed for a head.</summary>
    public static byte[] Message(string number, long sequence, string headHash)
    {
        var text = new StringBuilder();
        foreach (var field in new[] { Format, number, sequence.ToString(CultureInfo.InvariantCulture), headHash })
            text.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The signature of a head, base64.</summary>
    public string Sign(string number, long sequence, string headHash)
    {
        using var key = certificate().Certificate.GetRSAPrivateKey()
            ?? throw new InvalidOperationException("The platform's seal has no RSA private key.");
        return Convert.ToBase64String(key.SignData(Message(number, sequence, headHash), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    /// <summary>Whether a signature (base64) is the seal of that head by the key of <paramref name="published"/>.</summary>
    public static bool Verify(X509Certificate2 published, string number, long sequence, string headHash, string signature)
    {
        using var key = published.GetRSAPublicKey();
        if (key is null) return false;
        var bytes = new byte[signature.Length];
        return Convert.TryFromBase64String(signature, bytes, out var length)
            && key.VerifyData(Message(number, sequence, headHash), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Seals a dossier's new head within the caller's transaction (the one that appended its last event).</summary>
    public Task WriteAsync(DbConnection connection, DbTransaction transaction, string number, long sequence, string headHash) =>
        connection.ExecuteAsync(
            """
            INSERT INTO dossier_history_seals (dossier_number, sequence, head_hash, signature, sealed_at)
            VALUES (@number, @sequence, @headHash, @signature, @sealedAt)
            ON CONFLICT (dossier_number) DO UPDATE SET sequence = excluded.sequence, head_hash = excluded.head_hash,
                signature = excluded.signature, sealed_at = excluded.sealed_at
            """,
            new { number, sequence, headHash, signature = Sign(number, sequence, headHash), sealedAt = Timestamps.ToText(DateTimeOffset.UtcNow) },
            transaction);
}
