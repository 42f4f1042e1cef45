using System.Security.Cryptography;
using System.Text;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// A vendor client's secret as the store keeps it for signing its webhooks: AES-256-GCM with the
/// platform's data key (<see cref="PlatformDataKey"/>, loaded on first use), the client id as associated
/// data so that a sealed secret copied onto another client's row does not open. Written
/// <c>v1.&lt;nonce&gt;.&lt;ciphertext&gt;.&lt;tag&gt;</c> in base64. Opened only to sign a delivery.
/// </summary>
public sealed class VendorSecrets(Func<PlatformDataKey> key)
{
    private const string Version = "v1";
    private readonly Lazy<PlatformDataKey> _key = new(key);

    public string Seal(string clientId, string secret)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var plain = Encoding.UTF8.GetBytes(secret);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using var aes = new AesGcm(_key.Value.Key, tag.Length);
        aes.Encrypt(nonce, plain, cipher, tag, Encoding.UTF8.GetBytes(clientId));
        return string.Join('.', Version, Convert.ToBase64String(nonce), Convert.ToBase64String(cipher), Convert.ToBase64String(tag));
    }

    /// <summary>The secret, or an exception when the text was not sealed for this client with this key.</summary>
    public string Open(string clientId, string sealedSecret)
    {
        var parts = sealedSecret.Split('.');
        if (parts.Length != 4 || parts[0] != Version) throw new CryptographicException("Not a sealed secret of a known version.");
        var (nonce, cipher, tag) = (Convert.FromBase64String(parts[1]), Convert.FromBase64String(parts[2]), Convert.FromBase64String(parts[3]));
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(_key.Value.Key, tag.Length);
        aes.Decrypt(nonce, cipher, tag, plain, Encoding.UTF8.GetBytes(clientId));
        return Encoding.UTF8.GetString(plain);
    }
}
