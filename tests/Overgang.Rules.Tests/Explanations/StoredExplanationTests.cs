using CsCheck;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Tests.Allowance;

namespace Overgang.Rules.Tests.Explanations;

public sealed class StoredExplanationTests
{
    private static readonly StoredTexts _texts = StoredExplanation.Texts(ParameterTree.Default);

    private static readonly string[] _awkward =
    [
        "", " ", "a  b", " leading", "trailing ", "0.00", "0.00,", "-0.00", "-12.50", "00.50", "1.5", "1.500", "12.", ".50", "P00000005:",
        "2025-02-30", "2025-02-28", "0000-01-01", "9999-12-31", "income", "income 12.50 is", "(144.12):", "×", "−", "Oekraïne", "\u0000",
        "P00000005", "P00000005:", "H0000001#1", "(adult)", "adult;", "115%", "0", "007", "18446744073709551615", "A0001", "ABCD12345",
        "P123", "(", ")", "();", "(0.00):", "((1)", "1)),", "%", "(P00000005);", "1234567890123456789",
    ];

    private static Gen<string> Of(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static void AssertSame(IReadOnlyList<ExplanationItem> expected, IReadOnlyList<ExplanationItem> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void Decode_OfEncode_GivesTheSameSteps_OverGeneratedTexts()
    {
        var word = Gen.OneOf(Gen.String, Of(_awkward), Of([.. _texts.Strings]), Gen.Long.Select(c => (c / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        var text = word.Array[0, 8].Select(words => string.Join(' ', words));
        var value = Gen.Select(Gen.Bool, Gen.Long, (has, cents) => has ? new Money(cents) : (Money?)null);
        var item = Gen.Select(text, text, text, value, (rule, reference, words, amount) => new ExplanationItem(rule, reference, words, amount));
        item.Array[0, 14].Sample(items =>
        {
            // When
            var stored = StoredExplanation.Encode(items, _texts);

            // Then
            AssertSame(items, StoredExplanation.Decode(stored, _texts));
            Assert.Equal(_texts.Key, StoredExplanation.TextsKey(stored));
        });
    }

    [Fact]
    public void Decode_OfEncode_GivesBackEveryAwkwardWord_AloneAndInAText()
    {
        // Given: every awkward word alone, and all of them in one text
        var items = _awkward.Select(w => new ExplanationItem(w, w, w, null)).Append(new ExplanationItem("r", "s", string.Join(' ', _awkward), Money.Zero)).ToList();

        // When
        var read = StoredExplanation.Decode(StoredExplanation.Encode(items, _texts), _texts);

        // Then
        AssertSame(items, read);
    }

    [Fact]
    public void Decode_OfEncode_GivesTheSameSteps_InEveryAllowanceScenario()
    {
        var steps = 0;
        long stored = 0;
        long json = 0;
        foreach (var scenario in AllowanceScenario.All())
        {
            // Given
            if (HouseholdAllowances.Answer(scenario.Request(), ParameterTree.Default) is not AllowanceAnswer.Calculated calculated)
            {
                continue;
            }

            foreach (var household in calculated.Households)
            {
                // When
                var bytes = StoredExplanation.Encode(household.Explanation, _texts);

                // Then
                AssertSame(household.Explanation, StoredExplanation.Decode(bytes, _texts));
                steps += household.Explanation.Length;
                stored += bytes.Length;
                json += System.Text.Json.JsonSerializer.Serialize(household.Explanation).Length;
            }
        }

        Assert.True(steps > 1000, $"{steps} steps");
        Assert.True(stored * 4 < json, $"{stored} bytes stored for {json} bytes of JSON");
    }

    [Fact]
    public void Encode_WritesTheBytesItWroteBefore_AwkwardWordsAndTableStringsInTexts()
    {
        // Given: a fixed table (not the rules', which changes with the parameters); every awkward word alone and in one
        // text, and every string of the table in a text, some in brackets
        var texts = new StoredTexts(["income", "adult", "allowance.food", "art. 3 Rva 2005", "is at or above", "the own contribution", "Oekraïne"]);
        var items = _awkward.Select(w => new ExplanationItem(w, w, w, null))
            .Append(new ExplanationItem("r", "s", string.Join(' ', _awkward), Money.Zero))
            .Append(new ExplanationItem(texts.Strings[0], texts.Strings[^1], string.Join(' ', texts.Strings.Select((s, i) => i % 3 == 0 ? $"({s}):" : s)), new Money(-1250)))
            .ToList();

        // When
        var stored = StoredExplanation.Encode(items, texts);

        // Then: the bytes the writer gave before it kept its buffers between values (2026-12-01), so stored rows stay comparable
        Assert.Equal(1410, stored.Length);
        Assert.Equal("e7c1905b20d7d5b4b5b4ad8f8949010959f75c73a0a782647e437bed22962224", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored)));
    }

    [Fact]
    public void Encode_AmountArgumentFromCents_WritesTheBytesOfItsText()
    {
        // Given: the same phrase with an amount made from cents (its text written only when read) and with the amount's
        // text; the rules' table, and a table that holds a string written like an amount
        var tables = new[] { _texts, new StoredTexts(["12.50", "-0.05", "amount"]) };
        var cents = Gen.OneOf(Gen.Long, Gen.Long[-100_000_000, 100_000_000], Gen.Const(1250L), Gen.Const(-5L), Gen.Const(0L),
            Gen.Const(9_999_999_999_999_999L), Gen.Const(10_000_000_000_000_000L), Gen.Const(-10_000_000_000_000_000L), Gen.Const(long.MaxValue), Gen.Const(long.MinValue + 1));
        Gen.Select(cents, Gen.Int[0, 1]).Sample((amount, table) =>
        {
            var money = new Money(amount);
            Overgang.Rules.Texts.TextPhrase Phrase(Overgang.Rules.Texts.TextArgument argument) =>
                Overgang.Rules.Texts.TextPhrase.Of("allowance.food.member", argument, Overgang.Rules.Texts.Arg.Person("person", "P00000005"));
            var fromCents = new ExplanationItem("allowance.food", "a source", "text", money) { Phrase = Phrase(Overgang.Rules.Texts.Arg.Amount("amount", money)) };
            var fromText = new ExplanationItem("allowance.food", "a source", "text", money)
            {
                Phrase = Phrase(new Overgang.Rules.Texts.TextArgument("amount", Overgang.Rules.Texts.ArgumentKind.Amount, money.ToString())),
            };

            // When
            var stored = StoredExplanation.Encode([fromCents], tables[table]);

            // Then: the same bytes, read back as the amount's text
            Assert.Equal(StoredExplanation.Encode([fromText], tables[table]), stored);
            AssertSame([fromText], StoredExplanation.Decode(stored, tables[table]));
            Assert.Equal(money.ToString(), fromCents.Phrase!.Arguments[0].Value);
        });
    }

    [Fact]
    public void Decode_OfDamagedBytes_ThrowsFormatException()
    {
        // Given
        var stored = StoredExplanation.Encode([new ExplanationItem("allowance.food", "a source", "income 12.50 is at or above", new Money(1250))], _texts);

        // When / Then
        Assert.Throws<FormatException>(() => StoredExplanation.Decode(stored.AsSpan(0, stored.Length - 1), _texts));
        Assert.Throws<FormatException>(() => StoredExplanation.Decode([.. stored, 0], _texts));
        Assert.Throws<FormatException>(() => StoredExplanation.Decode([9, .. stored.AsSpan(1)], _texts));
        Assert.Throws<FormatException>(() => StoredExplanation.Decode(stored, new StoredTexts(["another table"])));
    }
}
