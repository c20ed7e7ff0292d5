using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Security;

/// <summary>
/// Creates, revokes and checks reporting keys. A key reads <c>pmo_&lt;key id&gt;_&lt;secret&gt;</c>: the id finds the
/// row, the secret's SHA-256 is compared with the stored one in constant time. 256 random bits need no slow hash.
/// A name is unique among the keys (a unique index) and is given back at revocation: the revoked row is renamed
/// <c>revoked:&lt;key id&gt;:&lt;name&gt;</c> (unique by its key id, and still telling whose key it was), so a team can
/// rotate a key and keep the name its reports know it by.
/// </summary>
internal sealed class ReportingKeyStore(PmoDbContext db, TimeProvider clock)
{
    public const string Prefix = "pmo_";

    public async Task<string> CreateAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > ReportingKeyNameException.MaxLength)
        {
            throw ReportingKeyNameException.TooLong(name);
        }

        if (await db.Set<ReportingKey>().FirstOrDefaultAsync(k => k.Name == name, cancellationToken) is { } holder)
        {
            if (holder.RevokedAt is null)
            {
                throw ReportingKeyNameException.Taken(name);
            }

            // Revoked before names were given back: give it back now.
            holder.Name = RevokedName(holder);
            await db.SaveChangesAsync(cancellationToken);
        }

        var keyId = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.Set<ReportingKey>().Add(new ReportingKey
        {
            KeyId = keyId,
            Name = name,
            SecretHash = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Another process took the name between the check and the insert.
            throw ReportingKeyNameException.Taken(name, exception);
        }

        return Prefix + keyId + "_" + secret;
    }

    /// <summary>Revokes the key named <paramref name="name"/>; false when there is no live one.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        var key = await db.Set<ReportingKey>().FirstOrDefaultAsync(k => k.Name == name && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        key.Name = RevokedName(key);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The live key <paramref name="presented"/> is, or null.</summary>
    public async Task<ReportingKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 200)
        {
            return null;
        }

        var parts = presented[Prefix.Length..].Split('_', 2);
        if (parts.Length != 2)
        {
            return null;
        }

        var keyId = parts[0];
        var key = await db.Set<ReportingKey>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(k => k.KeyId == keyId && k.RevokedAt == null, cancellationToken);
        return key is not null && CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(parts[1])) ? key : null;
    }

    /// <summary>The name a revoked key keeps: unique by its key id, at most the column's 100 characters.</summary>
    private static string RevokedName(ReportingKey key)
    {
        var name = $"revoked:{key.KeyId}:{key.Name}";
        return name.Length <= ReportingKeyNameException.MaxLength ? name : name[..ReportingKeyNameException.MaxLength];
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
