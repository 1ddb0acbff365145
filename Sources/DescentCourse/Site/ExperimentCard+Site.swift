import DescentLesson
import DescentSite

/// The experiment card is how the site shows a `descent ID` block: the course pipeline, which
/// knows both layers, registers it as the site's renderer for that info word.
extension ExperimentCard: FencedBlockRenderer {}

/// The collapsed `show: pytorch` script is how the site shows a `python descent-pytorch` block.
extension PyTorchCard: FencedBlockRenderer {}
