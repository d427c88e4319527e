//! Web addresses: the one place that decides what an http(s) URL is and
//! takes it apart, for the checker, the importers, the review writers and
//! the brief's links.

/// The part after `http://` or `https://`, split into the authority and
/// what follows it (path, query, fragment); `None` for any other scheme.
fn split(url: &str) -> Option<(&str, &str)> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(rest.split_at(end))
}

/// Whether `text` is an absolute http or https URL with a host, and nothing
/// a link could not carry (whitespace, control characters).
pub fn is_web_address(text: &str) -> bool {
    let Some((authority, _)) = split(text) else {
        return false;
    };
    authority.contains(|c: char| c.is_alphanumeric())
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Whether `text` can be the base of the IRIs an RDF export mints: a web
/// address ([`is_web_address`]) ending in `/` or `#`, so that an id appended
/// to it is a new path segment or fragment, that is a valid IRI prefix (RFC
/// 3987, as oxrdf parses it: no `< > " { } | ^`, backslash or backtick, no
/// broken `%` escape) and holds no bidirectional-formatting mark. `check`
/// (`[rdf] base`) and the exporter (`--base`) both ask this.
pub fn is_namespace(text: &str) -> bool {
    is_web_address(text)
        && (text.ends_with('/') || text.ends_with('#'))
        && !text.chars().any(crate::text::safe::is_hostile)
        && oxrdf::NamedNode::new(format!("{text}x")).is_ok()
}

/// The host of an http(s) URL, lower case, without user, `www.` or port.
pub fn host(url: &str) -> Option<String> {
    let (authority, _) = split(url.trim())?;
    let host = authority
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// Where a URL points: its host and its path segments, lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    host: String,
    path: Vec<String>,
}

impl Site {
    /// The site of an http(s) URL, or `None` for anything else.
    pub fn of(url: &str) -> Option<Site> {
        let host = host(url)?;
        let (_, rest) = split(url.trim())?;
        let path = rest
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_lowercase)
            .collect();
        Some(Site { host, path })
    }

    /// How many path segments deep the site is: `https://t.me/x` is 1.
    pub fn depth(&self) -> usize {
        self.path.len()
    }

    /// Whether `page` is on this site, under its path.
    pub fn covers(&self, page: &Site) -> bool {
        self.host == page.host && page.path.starts_with(&self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_need_a_scheme_and_a_host() {
        assert!(is_web_address(
            "https://www.bbc.com/news/world-europe-56630187"
        ));
        assert!(is_web_address("http://example.org"));
        assert!(is_web_address("https://example.org?q=1"));
        assert!(!is_web_address("www.bbc.com"));
        assert!(!is_web_address("https:///path"));
        assert!(!is_web_address("https://exa mple.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("ftp://example.org"));
    }

    #[test]
    fn a_namespace_is_a_web_address_ending_in_a_slash_or_a_hash() {
        assert!(is_namespace("https://claimgraph.example/id/"));
        assert!(is_namespace("http://example.org/ns#"));
        assert!(!is_namespace("https://claimgraph.example/id"));
        assert!(!is_namespace("urn:x:"));
        assert!(!is_namespace("https://example.org/a<b>/"));
        assert!(!is_namespace("https://example.org/a\\b/"));
        assert!(!is_namespace("https://example.org/%zz/"));
    }

    #[test]
    fn hosts_ignore_scheme_case_www_and_port() {
        assert_eq!(
            host("https://WWW.BBC.com:443/news?x"),
            Some("bbc.com".into())
        );
        assert_eq!(
            host("http://user@sputniknews.com"),
            Some("sputniknews.com".into())
        );
        assert_eq!(host("ftp://example.org"), None);
        assert_eq!(host("https:///path"), None);
    }

    #[test]
    fn a_site_covers_the_pages_under_its_path() {
        let site = |u: &str| Site::of(u).unwrap();
        assert!(site("https://t.me/warchannel").covers(&site("https://t.me/WarChannel/1201?x=1")));
        assert!(!site("https://t.me/warchannel").covers(&site("https://t.me/other/55")));
        assert!(!site("https://t.me/warchannel").covers(&site("https://t.me/warchannel2/1")));
        assert!(site("https://www.bbc.com/").covers(&site("http://bbc.com/news/x")));
        assert!(!site("https://bbc.com").covers(&site("https://bbc.co.uk/news")));
        assert!(site("https://bbc.com?x").covers(&site("https://bbc.com/a")));
    }
}
