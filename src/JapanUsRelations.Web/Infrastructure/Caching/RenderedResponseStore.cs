using System.Collections.Concurrent;
using JapanUsRelations.Web.Infrastructure.Serving;
using Microsoft.Extensions.Caching.Memory;

namespace JapanUsRelations.Web.Infrastructure.Caching;

/// <summary>
/// The kept responses, bounded by <see cref="ResponseCacheOptions.MemoryLimitBytes"/> (least recently used go
/// first), plus the renders in flight so that concurrent first requests for one URL render it once. Emptied when a new
/// database snapshot is swapped in (keys carry the snapshot's fingerprint, so older entries could never be served
/// again; emptying gives their memory to the new database's pages at once).
/// </summary>
public sealed class RenderedResponseStore : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<ResponseCacheKey, Task<CachedResponse?>> _inFlight = new();
    private readonly ResponseCacheOptions _options;

    /// <summary>Creates an empty store, emptied whenever <paramref name="served"/> swaps in a new snapshot.</summary>
    public RenderedResponseStore(ResponseCacheOptions options, ServedStore served)
    {
        ArgumentNullException.ThrowIfNull(served);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.MemoryLimitBytes, CompactionPercentage = 0.25 });
        served.Swapped += (_, _) => _cache.Clear();
    }

    /// <summary>Number of responses kept now.</summary>
    public int Count => _cache.Count;

    /// <summary>The kept response for a key, or null.</summary>
    public CachedResponse? Find(ResponseCacheKey key) => _cache.TryGetValue(key, out CachedResponse? value) ? value : null;

    /// <summary>Keeps a response unless it is larger than an entry may be.</summary>
    public void Keep(ResponseCacheKey key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        long size = response.Size;
        if (size > _options.MaxEntryBytes)
        {
            return;
        }

        _cache.Set(key, response, new MemoryCacheEntryOptions { Size = size });
    }

    /// <summary>
    /// Runs <paramref name="render"/> for a key unless a render of the same key is already running, in which case
    /// its result is awaited instead. The result is null when the response could not be kept (then each caller
    /// renders for itself).
    /// </summary>
    public async Task<(CachedResponse? Response, bool RenderedHere)> RenderOnceAsync(ResponseCacheKey key, Func<Task<CachedResponse?>> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var mine = new TaskCompletionSource<CachedResponse?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _inFlight.GetOrAdd(key, mine.Task);
        if (!ReferenceEquals(running, mine.Task))
        {
            return (await running.ConfigureAwait(false), false);
        }

        try
        {
            var response = await render().ConfigureAwait(false);
            mine.SetResult(response);
            return (response, true);
        }
        catch
        {
            mine.TrySetResult(null);
            throw;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
