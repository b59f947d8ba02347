// Stylesheets have no behaviour to test; jsdom gets an empty module in their place.
module.exports = {};
