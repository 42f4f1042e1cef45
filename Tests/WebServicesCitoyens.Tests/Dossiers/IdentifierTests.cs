using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Tests.Dossiers;

/// <summary>Dossier numbers are short, unambiguous and self-checking; tracking codes are unguessable.</summary>
public sealed class IdentifierTests
{
    [Test]
    public void Dossier_numbers_use_only_unambiguous_characters_and_are_random()
    {
        var numbers = Enumerable.Range(0, 2000).Select(_ => DossierNumber.NewNumber()).ToList();

        Assert.That(numbers, Is.Unique);
        Assert.That(numbers.All(n => n.Length == 11 && n[3] == '-' && n[7] == '-'), Is.True);
        Assert.That(string.Concat(numbers).Replace("-", "").Intersect("0O1IL2Z5S8BGQ"), Is.Empty);
        Assert.That(numbers.All(n => DossierNumber.Normalize(n) == n), Is.True);
    }

    [Test]
    public void A_number_typed_by_hand_is_normalized()
    {
        var number = DossierNumber.NewNumber();
        Assert.That(DossierNumber.Normalize(" " + number.Replace("-", " ").ToLowerInvariant()), Is.EqualTo(number));
    }

    [Test]
    public void Every_single_wrong_character_and_every_swap_of_neighbours_is_detected()
    {
        for (var sample = 0; sample < 200; sample++)
        {
            var compact = DossierNumber.NewNumber().Replace("-", "");
            for (var position = 0; position < compact.Length; position++)
            {
                foreach (var replacement in DossierNumber.Alphabet.Where(c => c != compact[position]))
                {
                    var typo = compact[..position] + replacement + compact[(position + 1)..];
                    Assert.That(DossierNumber.Normalize(typo), Is.Null, typo);
                }
                if (position + 1 < compact.Length && compact[position] != compact[position + 1])
                {
                    var swapped = compact[..position] + compact[position + 1] + compact[position] + compact[(position + 2)..];
                    Assert.That(DossierNumber.Normalize(swapped), Is.Null, swapped);
                }
            }
        }
    }

    [Test]
    public void Tracking_codes_carry_160_random_bits_and_compare_leniently()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => TrackingCode.NewCode()).ToList();

        Assert.That(codes, Is.Unique);
        Assert.That(codes.All(c => c.Replace("-", "").Length == 32), Is.True);
        Assert.That(TrackingCode.Matches(codes[0], codes[0].ToUpperInvariant().Replace("-", " ")), Is.True);
        Assert.That(TrackingCode.Matches(codes[0], codes[1]), Is.False);
        Assert.That(TrackingCode.Matches(codes[0], null), Is.False);
    }
}
