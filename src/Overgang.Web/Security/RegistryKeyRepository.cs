using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Registry.Model;

namespace Overgang.Web.Security;

/// <summary>
/// Keeps the data-protection key ring (which signs and encrypts cookies and bearer tokens) in the registry's
/// <c>data_protection_key</c> table. One deployment is one registry: its servers share the keys, and a cookie or token
/// of another deployment cannot be read here. The default would be the user profile's folder, shared by every
/// instance the same user runs.
/// </summary>
/// <remarks>The keys are stored unencrypted, like the rest of the registry: whoever reads the database reads the keys.</remarks>
internal sealed class RegistryKeyRepository(RegistryDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var context = database.Open();
        return [.. context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var context = database.Open();
        context.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        context.SaveChanges();
    }
}
