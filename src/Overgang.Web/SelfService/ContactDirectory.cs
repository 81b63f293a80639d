using System.Collections.Frozen;
using Overgang.Letters;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Overgang.Web.SelfService;

/// <summary>
/// The contact details of the organisations a displaced person deals with and of the municipalities that have been
/// recorded, from the embedded data files <c>SelfService/Contacts/*.yaml</c>, where every field names its source; a
/// field without a value is "not known", never guessed.
/// </summary>
internal static class ContactDirectory
{
    private static readonly Lazy<FrozenDictionary<string, OrganisationContact>> _organisations = new(ReadOrganisations);
    private static readonly Lazy<FrozenDictionary<string, MunicipalityContactFile>> _municipalities = new(ReadMunicipalities);

    /// <summary>The organisations by id (<c>ind</c>, <c>coa</c>, <c>dtenv</c>, <c>juridisch-loket</c>, <c>vluchtelingenwerk</c>, <c>insurer</c>, <c>municipality-fallback</c>).</summary>
    public static FrozenDictionary<string, OrganisationContact> Organisations => _organisations.Value;

    /// <summary>The municipalities with a data file, by code.</summary>
    public static FrozenDictionary<string, MunicipalityContactFile> Municipalities => _municipalities.Value;

    private static FrozenDictionary<string, OrganisationContact> ReadOrganisations()
    {
        var root = Load("organisations.yaml");
        var list = root.Children[new YamlScalarNode("organisations")] as YamlSequenceNode ?? throw new InvalidOperationException("organisations.yaml: expected a list 'organisations'");
        var read = new Dictionary<string, OrganisationContact>(StringComparer.Ordinal);
        foreach (var node in list.OfType<YamlMappingNode>())
        {
            var id = Scalar(node, "id") ?? throw new InvalidOperationException("organisations.yaml: an organisation needs an id");
            read[id] = new OrganisationContact(id, Texts(node, "name", id), Texts(node, "purpose", id),
                Field(node, "address", id), Field(node, "phone", id), Field(node, "website", id), Field(node, "hours", id));
        }

        return read.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, MunicipalityContactFile> ReadMunicipalities()
    {
        var assembly = typeof(ContactDirectory).Assembly;
        const string Prefix = "Overgang.Web.SelfService.Contacts.municipalities.";
        var read = new Dictionary<string, MunicipalityContactFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var root = Load("municipalities." + name);
            var code = Scalar(root, "code") ?? throw new InvalidOperationException($"{name}: needs a code");
            if (!string.Equals(code + ".yaml", name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name}: the file of {code} must be named {code}.yaml");
            }

            read[code] = new MunicipalityContactFile(code, Scalar(root, "name") ?? code,
                Field(root, "address", name), Field(root, "phone", name), Field(root, "website", name), Field(root, "hours", name));
        }

        return read.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static YamlMappingNode Load(string name)
    {
        using var stream = typeof(ContactDirectory).Assembly.GetManifestResourceStream("Overgang.Web.SelfService.Contacts." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InvalidOperationException($"{name} line {e.Start.Line}: {e.Message}", e);
        }

        return yaml.Documents.Count == 1 && yaml.Documents[0].RootNode is YamlMappingNode root ? root : throw new InvalidOperationException($"{name}: expected one mapping");
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static LanguageTexts Texts(YamlMappingNode node, string key, string owner)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value) || value is not YamlMappingNode texts
            || Scalar(texts, "nl") is not { } nl || Scalar(texts, "uk") is not { } uk || Scalar(texts, "en") is not { } en)
        {
            throw new InvalidOperationException($"{owner}: {key} needs nl, uk and en");
        }

        return new LanguageTexts(nl, uk, en);
    }

    private static ContactField Field(YamlMappingNode node, string key, string owner)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value) || value is not YamlMappingNode field)
        {
            throw new InvalidOperationException($"{owner}: needs a field {key} (with a source, and a value where one is known)");
        }

        var source = Scalar(field, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidOperationException($"{owner}: {key} has no source");
        }

        var texts = Scalar(field, "nl") is { } nl && Scalar(field, "uk") is { } uk && Scalar(field, "en") is { } en ? new LanguageTexts(nl, uk, en) : null;
        return new ContactField(Scalar(field, "value"), texts, source);
    }
}

/// <summary>A text in the three languages.</summary>
internal sealed record LanguageTexts(string Dutch, string Ukrainian, string English)
{
    public string For(LetterLanguage language) => language switch
    {
        LetterLanguage.Ukrainian => Ukrainian,
        LetterLanguage.English => English,
        _ => Dutch,
    };
}

/// <summary>One contact field: a value (or a text per language) with its source, or only the source when not known.</summary>
internal sealed record ContactField(string? Value, LanguageTexts? Texts, string Source)
{
    /// <summary>The value in a language, or <c>null</c> when not known.</summary>
    public string? For(LetterLanguage language) => Texts?.For(language) ?? Value;
}

/// <summary>An organisation from <c>organisations.yaml</c>.</summary>
internal sealed record OrganisationContact(string Id, LanguageTexts Name, LanguageTexts Purpose, ContactField Address, ContactField Phone, ContactField Website, ContactField Hours);

/// <summary>A municipality from <c>municipalities/GMxxxx.yaml</c>.</summary>
internal sealed record MunicipalityContactFile(string Code, string Name, ContactField Address, ContactField Phone, ContactField Website, ContactField Hours);

/// <summary>A contact as the page shows it: every field in the page's language, <c>null</c> when not known.</summary>
/// <param name="Id">The organisation (<c>municipality</c> for the person's municipality).</param>
/// <param name="Name">Its name.</param>
/// <param name="Purpose">What for.</param>
/// <param name="Address">Address, or <c>null</c>.</param>
/// <param name="Phone">Phone, or <c>null</c>.</param>
/// <param name="Website">Website, or <c>null</c>.</param>
/// <param name="Hours">Opening hours, or <c>null</c>.</param>
/// <param name="Important">Marked "important for you".</param>
/// <param name="Recorded">False for a municipality of which no details are recorded.</param>
public sealed record ContactCard(string Id, string Name, string Purpose, string? Address, string? Phone, string? Website, string? Hours, bool Important, bool Recorded);
