using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Trust;

/// <summary>The verdict on an acknowledgement: valid with the facts it proves, or why not (French, for the command and the page).</summary>
public sealed record AcknowledgementCheck(bool IsValid, string Message, string? DossierNumber = null, DateTime? SubmittedAt = null)
{
    public static AcknowledgementCheck Refused(string reason) => new(false, AcknowledgementTexts.InvalidPrefix + reason);
}

/// <summary>
/// Verifies an acknowledgement of receipt against the platform's published certificate only, the way
/// security.md asks: no DTD; exactly one Signature, a child of the root AccuseReception; one Reference,
/// URI="" (the whole document), exactly the transforms and algorithms <see cref="AcknowledgementSigner"/>
/// uses; the key given by the caller, never a KeyInfo; and the facts read, after verifying, from that
/// same root, whose shape must be exactly the published one (no second dossier number to be read instead).
/// </summary>
public static class AcknowledgementVerifier
{
    /// <summary>An acknowledgement is about 3 KiB; anything much larger is not one.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly string[] ExpectedTransforms = [SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl];

    public static AcknowledgementCheck Verify(byte[] content, X509Certificate2 certificate)
    {
        if (content.Length == 0) return AcknowledgementCheck.Refused(AcknowledgementTexts.Empty);
        if (content.Length > MaxBytes) return AcknowledgementCheck.Refused(AcknowledgementTexts.TooLarge);
        if (Load(content) is not { } document)
            return AcknowledgementCheck.Refused(Encoding.UTF8.GetString(content).Contains("<!DOCTYPE", StringComparison.Ordinal)
                ? AcknowledgementTexts.Doctype : AcknowledgementTexts.NotXml);
        if (document.DocumentType is not null) return AcknowledgementCheck.Refused(AcknowledgementTexts.Doctype);

        var root = document.DocumentElement!;
        if (root.LocalName != AcknowledgementDocument.RootName || root.NamespaceURI != AcknowledgementDocument.Namespace)
            return AcknowledgementCheck.Refused(AcknowledgementTexts.NotAcknowledgement);
        var signatures = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl).Cast<XmlElement>().ToList();
        if (signatures.Count != 1) return AcknowledgementCheck.Refused(AcknowledgementTexts.SignatureCount(signatures.Count));
        if (signatures[0].ParentNode != root) return AcknowledgementCheck.Refused(AcknowledgementTexts.SignatureMisplaced);

        var signed = new SignedXml(document);
        try { signed.LoadXml(signatures[0]); }
        catch (System.Security.Cryptography.CryptographicException) { return AcknowledgementCheck.Refused(AcknowledgementTexts.SignatureUnreadable); }
        if (AlgorithmProblem(signed.SignedInfo!) is { } problem) return AcknowledgementCheck.Refused(problem);

        using var key = certificate.GetRSAPublicKey();
        bool matches;
        // The published key only: CheckSignature(key) never looks at a KeyInfo the document may carry.
        try { matches = key is not null && signed.CheckSignature(key); }
        catch (System.Security.Cryptography.CryptographicException) { matches = false; }
        if (!matches) return AcknowledgementCheck.Refused(AcknowledgementTexts.SignatureMismatch);

        return Facts(root, signatures[0]);
    }

    private static XmlDocument? Load(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxBytes * 4,
            IgnoreProcessingInstructions = false,
        };
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), settings);
            document.Load(reader);
            return document;
        }
        catch (XmlException) { return null; }
    }

    private static string? AlgorithmProblem(SignedInfo info)
    {
        if (info.CanonicalizationMethod != SignedXml.XmlDsigExcC14NTransformUrl)
            return AcknowledgementTexts.UnexpectedAlgorithm("canonicalisation", info.CanonicalizationMethod);
        if (info.SignatureMethod != SignedXml.XmlDsigRSASHA256Url)
            return AcknowledgementTexts.UnexpectedAlgorithm("signature", info.SignatureMethod ?? "");
        if (info.References.Count != 1 || info.References[0] is not Reference reference || reference.Uri != "")
            return AcknowledgementTexts.NotWholeDocument;
        if (reference.DigestMethod != SignedXml.XmlDsigSHA256Url)
            return AcknowledgementTexts.UnexpectedAlgorithm("empreinte", reference.DigestMethod ?? "");
        var transforms = Enumerable.Range(0, reference.TransformChain.Count).Select(i => reference.TransformChain[i].Algorithm ?? "").ToList();
        return transforms.SequenceEqual(ExpectedTransforms) ? null
            : AcknowledgementTexts.UnexpectedAlgorithm("transformations", string.Join(", ", transforms));
    }

    /// <summary>The facts, from the verified root only, provided its shape is exactly the published one.</summary>
    private static AcknowledgementCheck Facts(XmlElement root, XmlElement signature)
    {
        var children = Elements(root);
        var expected = AcknowledgementDocument.Children.Append("Signature").ToList();
        if (!children.Select(c => c.LocalName).SequenceEqual(expected) || children.Last() != signature
            || children.SkipLast(1).Any(c => c.NamespaceURI != AcknowledgementDocument.Namespace))
            return AcknowledgementCheck.Refused(AcknowledgementTexts.UnexpectedContent(string.Join(", ", children.Select(c => c.LocalName))));
        string Value(int index, string? child = null)
        {
            if (child is null) return children[index].InnerText;
            var found = Elements(children[index]).Where(e => e.LocalName == child && e.NamespaceURI == AcknowledgementDocument.Namespace).ToList();
            return found.Count == 1 ? found[0].InnerText : throw new FormatException(children[index].LocalName + "/" + child);
        }
        try
        {
            var number = Value(0);
            if (!DateTime.TryParse(Value(3), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var submitted))
                throw new FormatException(AcknowledgementDocument.Children[3]);
            return new AcknowledgementCheck(true,
                AcknowledgementTexts.Valid(number, submitted, Value(1, "Titre"), Value(2, "Nom"), Value(2, "Code")), number, submitted);
        }
        catch (FormatException wrong)
        {
            return AcknowledgementCheck.Refused(AcknowledgementTexts.UnexpectedContent(wrong.Message));
        }
    }

    private static List<XmlElement> Elements(XmlElement parent) => parent.ChildNodes.OfType<XmlElement>().ToList();
}
