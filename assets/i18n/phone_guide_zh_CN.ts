<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>store price</source>
        <translation>门店价</translation>
    </message>
    <message>
        <source>seen in {month}</source>
        <translation>{year}年{month_number}月售价</translation>
    </message>
    <message>
        <source>launch price</source>
        <translation>首发价</translation>
    </message>
    <message>
        <source>converted from the {market} price</source>
        <translation>按{market}价格换算</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>{fact} — top {percent}% of phones {peer_group}</source>
        <translation>{fact} —— 在{peer_group}的手机中排前 {percent}%</translation>
    </message>
    <message>
        <source>{fact} — better than most phones {peer_group}</source>
        <translation>{fact} —— 优于{peer_group}的多数手机</translation>
    </message>
    <message>
        <source>Among the best for {aspect} {peer_group}</source>
        <translation>{aspect}在{peer_group}的手机中名列前茅</translation>
    </message>
    <message>
        <source>{price} — within your budget of {budget}</source>
        <translation>{price} —— 在您的预算 {budget} 之内</translation>
    </message>
    <message>
        <source>Has {feature}</source>
        <translation>有{feature}</translation>
    </message>
    <message>
        <source>Suits {use_case}: {fact}</source>
        <translation>适合{use_case}：{fact}</translation>
    </message>
    <message>
        <source>Close to what you described</source>
        <translation>与您的描述很接近</translation>
    </message>
    <message>
        <source>Often chosen with phones you liked</source>
        <translation>常与您喜欢的手机一起被选择</translation>
    </message>
    <message>
        <source>Store price {price}</source>
        <translation>门店价 {price}</translation>
    </message>
    <message>
        <source>Weaker {aspect}: {fact}</source>
        <translation>{aspect}较弱：{fact}</translation>
    </message>
    <message>
        <source>{feature} not confirmed</source>
        <translation>{feature}未确认</translation>
    </message>
    <message>
        <source>{over} over your budget</source>
        <translation>超出预算 {over}</translation>
    </message>
    <message>
        <source>Out of stock in this store</source>
        <translation>本店缺货</translation>
    </message>
    <message>
        <source>Price not known</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>Not on sale yet</source>
        <translation>尚未上市</translation>
    </message>
    <message>
        <source>{amount} cheaper than #{rank}</source>
        <translation>比第 {rank} 名便宜 {amount}</translation>
    </message>
    <message>
        <source>{amount} more than #{rank}</source>
        <translation>比第 {rank} 名贵 {amount}</translation>
    </message>
    <message>
        <source>Better {aspect} than #{rank}</source>
        <translation>{aspect}优于第 {rank} 名</translation>
    </message>
    <message>
        <source>Weaker {aspect} than #{rank}</source>
        <translation>{aspect}不如第 {rank} 名</translation>
    </message>
    <message>
        <source>Raise the budget to {budget}</source>
        <translation>把预算提高到 {budget}</translation>
    </message>
    <message>
        <source>Lower the minimum price to {budget}</source>
        <translation>降低最低价格到 {budget}</translation>
    </message>
    <message>
        <source>Allow other brands than {brands}</source>
        <translation>也考虑{brands}以外的品牌</translation>
    </message>
    <message>
        <source>Allow {brand}</source>
        <translation>也考虑{brand}</translation>
    </message>
    <message>
        <source>Allow {os} phones too</source>
        <translation>也考虑{os}手机</translation>
    </message>
    <message>
        <source>Allow phones without {feature}</source>
        <translation>不要求{feature}</translation>
    </message>
    <message>
        <source>Allow phones with {feature}</source>
        <translation>允许{feature}</translation>
    </message>
    <message>
        <source>Accept {storage} storage</source>
        <translation>接受 {storage} 存储</translation>
    </message>
    <message>
        <source>Accept {ram} RAM</source>
        <translation>接受 {ram} 运存</translation>
    </message>
    <message>
        <source>Include phones from {year}</source>
        <translation>包括 {year} 年的手机</translation>
    </message>
    <message>
        <source>Allow any size</source>
        <translation>尺寸不限</translation>
    </message>
    <message>
        <source>{first}, and {second}</source>
        <translation>{first}，并且{second}</translation>
    </message>
    <message>
        <source>under {price}</source>
        <translation>{price}以内</translation>
    </message>
    <message>
        <source>from {year} on</source>
        <translation>{year}年起</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>selfie camera</source>
        <translation>前置相机</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充电</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>durability</source>
        <translation>耐用性</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>value for money</source>
        <translation>性价比</translation>
    </message>
    <message>
        <source>software updates</source>
        <translation>系统更新</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>音质</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>wireless charging</source>
        <translation>无线充电</translation>
    </message>
    <message>
        <source>a headphone jack</source>
        <translation>耳机孔</translation>
    </message>
    <message>
        <source>a memory card slot</source>
        <translation>存储卡槽</translation>
    </message>
    <message>
        <source>water resistance</source>
        <translation>防水</translation>
    </message>
    <message>
        <source>dual SIM</source>
        <translation>双卡</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>a stylus</source>
        <translation>手写笔</translation>
    </message>
    <message>
        <source>a folding screen</source>
        <translation>折叠屏</translation>
    </message>
    <message>
        <source>gaming</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>photography</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>filming and watching video</source>
        <translation>拍摄和观看视频</translation>
    </message>
    <message>
        <source>work</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>older users</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>kids</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>旅行</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>the outdoors</source>
        <translation>户外</translation>
    </message>
    <message>
        <source>music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>安卓</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source> MP camera with telephoto</source>
        <translation> MP 相机（带长焦）</translation>
    </message>
    <message>
        <source> MP camera with ultrawide</source>
        <translation> MP 相机（带超广角）</translation>
    </message>
    <message>
        <source> MP selfie camera</source>
        <translation> MP 前置相机</translation>
    </message>
    <message>
        <source> MP camera</source>
        <translation> MP 相机</translation>
    </message>
    <message>
        <source> mAh battery</source>
        <translation> mAh 电池</translation>
    </message>
    <message>
        <source> water and dust resistance</source>
        <translation> 防水防尘</translation>
    </message>
    <message>
        <source> W charging</source>
        <translation> W 快充</translation>
    </message>
    <message>
        <source> + wireless</source>
        <translation> + 无线充电</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>最高 </translation>
    </message>
    <message>
        <source> storage</source>
        <translation> 存储</translation>
    </message>
    <message>
        <source> screen</source>
        <translation> 屏幕</translation>
    </message>
    <message>
        <source>updates from </source>
        <translation>更新始于 </translation>
    </message>
    <message>
        <source>headphone jack</source>
        <translation>耳机孔</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>What is your budget?</source>
        <translation>您的预算是多少？</translation>
    </message>
    <message>
        <source>Which system do you prefer?</source>
        <translation>您喜欢哪个系统？</translation>
    </message>
    <message>
        <source>Any brands you want, or want to avoid?</source>
        <translation>有想要或想避开的品牌吗？</translation>
    </message>
    <message>
        <source>What size suits you?</source>
        <translation>您喜欢多大的手机？</translation>
    </message>
    <message>
        <source>What will you use it for?</source>
        <translation>您主要用它做什么？</translation>
    </message>
    <message>
        <source>How important is the camera?</source>
        <translation>拍照有多重要？</translation>
    </message>
    <message>
        <source>How important is battery life?</source>
        <translation>续航有多重要？</translation>
    </message>
    <message>
        <source>How important is speed?</source>
        <translation>性能有多重要？</translation>
    </message>
    <message>
        <source>Any must-have features?</source>
        <translation>有必须要的功能吗？</translation>
    </message>
    <message>
        <source>How much storage do you need?</source>
        <translation>您需要多大存储？</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>For an older person</source>
        <translation>老人使用</translation>
    </message>
    <message>
        <source>For a child</source>
        <translation>孩子使用</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>旅行</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Outdoors</source>
        <translation>户外</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Wireless charging</source>
        <translation>无线充电</translation>
    </message>
    <message>
        <source>Headphone jack</source>
        <translation>耳机孔</translation>
    </message>
    <message>
        <source>Memory card</source>
        <translation>存储卡</translation>
    </message>
    <message>
        <source>Water resistant</source>
        <translation>防水</translation>
    </message>
    <message>
        <source>Dual SIM</source>
        <translation>双卡</translation>
    </message>
    <message>
        <source>Stylus</source>
        <translation>手写笔</translation>
    </message>
    <message>
        <source>Foldable</source>
        <translation>折叠屏</translation>
    </message>
    <message>
        <source>iPhone (iOS)</source>
        <translation>iPhone(iOS)</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>都可以</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>小屏</translation>
    </message>
    <message>
        <source>Large screen</source>
        <translation>大屏</translation>
    </message>
    <message>
        <source>Doesn&apos;t matter</source>
        <translation>无所谓</translation>
    </message>
    <message>
        <source>Very important</source>
        <translation>非常重要</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Not important</source>
        <translation>不重要</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>越多越好</translation>
    </message>
    <message>
        <source>Great camera</source>
        <translation>拍照好</translation>
    </message>
    <message>
        <source>Good selfies</source>
        <translation>自拍好</translation>
    </message>
    <message>
        <source>Long battery</source>
        <translation>续航长</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>性能强</translation>
    </message>
    <message>
        <source>Great screen</source>
        <translation>屏幕好</translation>
    </message>
    <message>
        <source>Fast charging</source>
        <translation>快充</translation>
    </message>
    <message>
        <source>Lots of storage</source>
        <translation>存储大</translation>
    </message>
    <message>
        <source>Tough</source>
        <translation>耐用</translation>
    </message>
    <message>
        <source>Good value</source>
        <translation>性价比</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>轻薄</translation>
    </message>
    <message>
        <source>Good sound</source>
        <translation>音质好</translation>
    </message>
    <message>
        <source>Long updates</source>
        <translation>更新久</translation>
    </message>
    <message>
        <source>cheaper</source>
        <translation>更便宜</translation>
    </message>
    <message>
        <source>better at photos</source>
        <translation>拍照更好</translation>
    </message>
    <message>
        <source>longer-lasting</source>
        <translation>续航更长</translation>
    </message>
    <message>
        <source>smaller</source>
        <translation>更小</translation>
    </message>
    <message>
        <source>bigger</source>
        <translation>屏幕更大</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>更快</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>An answer is a list of options, not {value}.</source>
        <translation>答案应是选项列表，而不是 {value}。</translation>
    </message>
    <message>
        <source>A budget must be more than nothing and less than ten million.</source>
        <translation>预算必须大于零且小于一千万。</translation>
    </message>
    <message>
        <source>“{option}” is not an answer to this question.</source>
        <translation>“{option}”不是这个问题的答案。</translation>
    </message>
    <message>
        <source>Choose one answer to this question.</source>
        <translation>这个问题只能选一个答案。</translation>
    </message>
    <message>
        <source>Sorry, I can&apos;t read typed wishes right now ({error}). Please use the buttons.</source>
        <translation>抱歉，现在无法读取文字需求（{error}）。请用按钮选择。</translation>
    </message>
    <message>
        <source>Sorry, I didn&apos;t catch a phone wish in that. Try, for example: “under $400, good camera, no Samsung”.</source>
        <translation>抱歉，没听懂您对手机的要求。可以这样说：“3000元以内，拍照好，不要三星”。</translation>
    </message>
    <message>
        <source>Please answer yes or no.</source>
        <translation>请回答是或否。</translation>
    </message>
    <message>
        <source>There is nothing to confirm.</source>
        <translation>没有需要确认的内容。</translation>
    </message>
    <message>
        <source>There is no “{chip}” to remove.</source>
        <translation>没有可移除的“{chip}”。</translation>
    </message>
    <message>
        <source>“{kind}” is not a way to compare phones.</source>
        <translation>“{kind}”不是比较手机的方式。</translation>
    </message>
    <message>
        <source>No phone that fits your other wishes is {better} than the {phone}.</source>
        <translation>没有既符合您其他要求、又比{phone}{better}的手机。</translation>
    </message>
    <message>
        <source>That change is no longer offered.</source>
        <translation>这个调整已不再提供。</translation>
    </message>
    <message>
        <source>You can compare at most four phones. Take one out first.</source>
        <translation>最多只能对比四款手机。请先移除一款。</translation>
    </message>
    <message>
        <source>There is no phone “{phone}” in the catalog.</source>
        <translation>目录中没有手机“{phone}”。</translation>
    </message>
    <message>
        <source>Nothing fits all of that. The nearest changes are below.</source>
        <translation>没有手机能满足全部条件。下面是最接近的调整。</translation>
    </message>
    <message>
        <source>There is no question “{question}”.</source>
        <translation>没有问题“{question}”。</translation>
    </message>
    <message>
        <source>That is not text.</source>
        <translation>这不是文字。</translation>
    </message>
    <message>
        <source>Type or say what you need, for example “a small phone with a good camera”.</source>
        <translation>请输入或说出您的需求，例如“拍照好的小屏手机”。</translation>
    </message>
    <message>
        <source>That is too long for me: please say what you need in a few sentences (at most {limit} characters).</source>
        <translation>内容太长了：请用几句话说明您的需求（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>That does not look like words I can read.</source>
        <translation>这看起来不像我能读懂的文字。</translation>
    </message>
    <message>
        <source>Under {amount}</source>
        <translation>{amount}以内</translation>
    </message>
    <message>
        <source>From {amount}</source>
        <translation>{amount}起</translation>
    </message>
    <message>
        <source>No {brand}</source>
        <translation>不要{brand}</translation>
    </message>
    <message>
        <source>Not important: {aspect}</source>
        <translation>不重要：{aspect}</translation>
    </message>
    <message>
        <source>No {feature}</source>
        <translation>不要{feature}</translation>
    </message>
    <message>
        <source>At least {amount} GB storage</source>
        <translation>存储至少 {amount} GB</translation>
    </message>
    <message>
        <source>At least {amount} GB RAM</source>
        <translation>运存至少 {amount} GB</translation>
    </message>
    <message>
        <source>From {year}</source>
        <translation>{year}年及以后</translation>
    </message>
    <message>
        <source>Cheaper</source>
        <translation>更便宜</translation>
    </message>
    <message>
        <source>Better camera</source>
        <translation>拍照更好</translation>
    </message>
    <message>
        <source>Longer battery</source>
        <translation>续航更长</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>更小</translation>
    </message>
    <message>
        <source>Bigger screen</source>
        <translation>屏幕更大</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>更快</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>更新款</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充电</translation>
    </message>
    <message>
        <source>★★★★★ Best match</source>
        <translation>★★★★★ 最符合</translation>
    </message>
    <message>
        <source>★★★★☆ Almost as good</source>
        <translation>★★★★☆ 几乎同样合适</translation>
    </message>
    <message>
        <source>★★★☆☆ Good match</source>
        <translation>★★★☆☆ 比较符合</translation>
    </message>
    <message>
        <source>★★☆☆☆ Fair match</source>
        <translation>★★☆☆☆ 基本符合</translation>
    </message>
    <message>
        <source>Price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>运存</translation>
    </message>
    <message>
        <source>Selfie camera</source>
        <translation>前置相机</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Water resistance</source>
        <translation>防水</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Compare phones</source>
        <translation>对比手机</translation>
    </message>
    <message>
        <source>Choose 2 to 4 phones to compare.</source>
        <translation>请选择 2 到 4 款手机进行对比。</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n phones side by side.</source>
        <translation>
            <numerusform>最多 %n 款手机并排对比。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {phone}</source>
        <translation>移除 {phone}</translation>
    </message>
    <message>
        <source>Phone guide</source>
        <translation>选机助手</translation>
    </message>
    <message>
        <source>Tell me what you need…</source>
        <translation>告诉我您的需求……</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Show phones</source>
        <translation>查看手机</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Shortlist ({count})</source>
        <translation>收藏夹({count})</translation>
    </message>
    <message>
        <source>Compare ({count})</source>
        <translation>对比({count})</translation>
    </message>
    <message>
        <source>What I understood:</source>
        <translation>我理解的是：</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Did you mean: {chip}?</source>
        <translation>您是指：{chip}？</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>员工密码</translation>
    </message>
    <message>
        <source>No staff PIN is set.</source>
        <translation>尚未设置员工密码。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n seconds.</source>
        <translation>
            <numerusform>错误次数过多。请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>请输入员工密码</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Set a staff PIN for this kiosk (4 to 12 digits)</source>
        <translation>为这台自助机设置员工密码（4 到 12 位数字）</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>请再次输入相同的密码</translation>
    </message>
    <message>
        <source>The PINs were not the same 4 to 12 digits. Try again.</source>
        <translation>两次输入的不是相同的 4 到 12 位数字。请重试。</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>Tap anywhere to keep going. Starting over in %n seconds.</source>
        <translation>
            <numerusform>点击任意处继续。%n 秒后将重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Scan to take your shortlist with you</source>
        <translation>扫码带走您的收藏</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>A kiosk needs a staff PIN. Start it again to set one.</source>
        <translation>自助机需要员工密码。请重新启动并设置。</translation>
    </message>
    <message>
        <source>Loading the language model…</source>
        <translation>正在加载语言模型……</translation>
    </message>
    <message>
        <source>The language model could not be loaded; choose answers with the buttons.</source>
        <translation>语言模型无法加载，请用按钮选择答案。</translation>
    </message>
    <message>
        <source>Hold to talk, or tap</source>
        <translation>按住说话，或轻点</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>正在听……</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在识别……</translation>
    </message>
    <message>
        <source>Didn&apos;t catch that; try again</source>
        <translation>没听清，请再说一次</translation>
    </message>
    <message>
        <source>Could not read that</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Question {n} of about {total}</source>
        <translation>第 {n} 题，共约 {total} 题</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message numerus="yes">
        <source>%n phones fit</source>
        <translation>
            <numerusform>有 %n 款手机符合</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fits all of that. The smallest changes that would:</source>
        <translation>没有手机能满足全部条件。只需稍作调整：</translation>
    </message>
    <message>
        <source>Only a few phones fit. Try:</source>
        <translation>符合的手机不多。可以试试：</translation>
    </message>
    <message numerus="yes">
        <source>{change} → %n phones</source>
        <translation>
            <numerusform>{change} → %n 款</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV……</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF……</translation>
    </message>
    <message>
        <source>Export printable page…</source>
        <translation>导出可打印页面……</translation>
    </message>
    <message>
        <source>Your shortlist</source>
        <translation>您的收藏</translation>
    </message>
    <message>
        <source>Your shortlist is empty. Tap Keep on a phone to add it.</source>
        <translation>收藏夹是空的。点击手机上的“收藏”即可加入。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <source>Import the store&apos;s list…</source>
        <translation>导入门店商品清单……</translation>
    </message>
    <message>
        <source>Bring back the previous list</source>
        <translation>恢复上一份清单</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Idle timeout (seconds)</source>
        <translation>无操作超时（秒）</translation>
    </message>
    <message>
        <source>Show phones from year</source>
        <translation>显示此年份及以后的手机</translation>
    </message>
    <message>
        <source>Learn from earlier shoppers on this device</source>
        <translation>参考本机此前顾客的选择</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>New staff PIN (leave empty to keep)</source>
        <translation>新员工密码（留空则不变）</translation>
    </message>
    <message>
        <source>Store list</source>
        <translation>门店清单</translation>
    </message>
    <message>
        <source>Show only our assortment</source>
        <translation>只显示本店在售机型</translation>
    </message>
    <message>
        <source>Folder synced with store lists</source>
        <translation>同步门店清单的文件夹</translation>
    </message>
    <message>
        <source>the store database could not be read; import the list again</source>
        <translation>无法读取门店数据库，请重新导入清单</translation>
    </message>
    <message>
        <source>none: the catalog&apos;s prices are shown</source>
        <translation>无：显示目录价格</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n phones, imported {when}</source>
        <translation>
            <numerusform>{file}：%n 款手机，导入于 {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store list imported: %n phones.</source>
        <translation>
            <numerusform>门店清单已导入：%n 款手机。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>The previous list is back.</source>
        <translation>已恢复上一份清单。</translation>
    </message>
    <message>
        <source>There is no earlier list.</source>
        <translation>没有更早的清单。</translation>
    </message>
    <message>
        <source>Small phone, great camera, under $500, no Samsung</source>
        <translation>小屏手机，拍照好，3000元以内，不要三星</translation>
    </message>
    <message>
        <source>For my mum: big screen, loud, easy</source>
        <translation>给我妈用：大屏，声音大，简单好用</translation>
    </message>
    <message>
        <source>Gaming phone that doesn&apos;t overheat</source>
        <translation>打游戏不发烫的手机</translation>
    </message>
    <message>
        <source>Find the right phone in two minutes</source>
        <translation>两分钟找到合适的手机</translation>
    </message>
    <message>
        <source>Answer a few quick questions, or just tell us what you need.</source>
        <translation>回答几个简单问题，或者直接告诉我们您的需求。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Or tap an example:</source>
        <translation>或者点一个例子：</translation>
    </message>
    <message>
        <source>Sorry, that could not be done: {error}</source>
        <translation>抱歉，操作未能完成：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>苹果</translation>
    </message>
    <message>
        <source>Samsung</source>
        <translation>三星</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>谷歌</translation>
    </message>
    <message>
        <source>Xiaomi</source>
        <translation>小米</translation>
    </message>
    <message>
        <source>Huawei</source>
        <translation>华为</translation>
    </message>
    <message>
        <source>Honor</source>
        <translation>荣耀</translation>
    </message>
    <message>
        <source>OnePlus</source>
        <translation>一加</translation>
    </message>
    <message>
        <source>Realme</source>
        <translation>真我</translation>
    </message>
    <message>
        <source>Motorola</source>
        <translation>摩托罗拉</translation>
    </message>
    <message>
        <source>Sony</source>
        <translation>索尼</translation>
    </message>
    <message>
        <source>Nokia</source>
        <translation>诺基亚</translation>
    </message>
    <message>
        <source>Lenovo</source>
        <translation>联想</translation>
    </message>
    <message>
        <source>Meizu</source>
        <translation>魅族</translation>
    </message>
    <message>
        <source>Nubia</source>
        <translation>努比亚</translation>
    </message>
    <message>
        <source>ZTE</source>
        <translation>中兴</translation>
    </message>
    <message>
        <source>Asus</source>
        <translation>华硕</translation>
    </message>
    <message>
        <source>A short report was written to {path}.</source>
        <translation>已将简短报告写入 {path}。</translation>
    </message>
    <message>
        <source>No report could be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>Sorry, something went wrong in the phone guide.</source>
        <translation>抱歉，选机助手出了点问题。</translation>
    </message>
    <message>
        <source>Please send it to whoever looks after this guide.</source>
        <translation>请把它发给负责维护本助手的人员。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
</context>
</TS>
