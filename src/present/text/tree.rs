//! Drawing trees with box characters; labels may span several lines.

/// A node of a tree to draw.
#[derive(Debug, Default)]
pub struct Tree {
    /// The node's text; may hold several lines.
    pub label: String,
    /// The nodes drawn below this one, in order.
    pub children: Vec<Tree>,
}

impl Tree {
    /// A node with `label` and no children.
    pub fn new(label: impl Into<String>) -> Self {
        Tree {
            label: label.into(),
            children: Vec::new(),
        }
    }

    /// The tree with `child` added as its last child.
    pub fn child(mut self, child: Tree) -> Self {
        self.children.push(child);
        self
    }

    /// The tree as text, root flush left.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mut lines = self.label.lines();
        for line in lines.by_ref() {
            out.push_str(line);
            out.push('\n');
        }
        self.render_children("", &mut out);
        out
    }

    fn render_children(&self, prefix: &str, out: &mut String) {
        for (i, child) in self.children.iter().enumerate() {
            let last = i + 1 == self.children.len();
            let (branch, rest) = if last {
                ("└─ ", "   ")
            } else {
                ("├─ ", "│  ")
            };
            for (n, line) in child.label.lines().enumerate() {
                out.push_str(prefix);
                out.push_str(if n == 0 { branch } else { rest });
                out.push_str(line);
                out.push('\n');
            }
            child.render_children(&format!("{prefix}{rest}"), out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_multiline_labels_keep_their_guides() {
        let tree = Tree::new("root")
            .child(Tree::new("a\na2").child(Tree::new("a.1")))
            .child(Tree::new("b"));
        assert_eq!(tree.render(), "root\n├─ a\n│  a2\n│  └─ a.1\n└─ b\n");
    }
}
